import RMECLI

CLIRunner.main()
