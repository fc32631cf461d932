import RMECLI

await CLIRunner.main()
