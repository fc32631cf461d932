"""What the scripts that drive a long-running `rme` (serve, recepcion) share: starting it and reading the
address it prints."""
import subprocess
import threading
import time


def start(command, environment, seconds=120):
    """Starts `command`; returns the process, the address it printed (None if it never did within `seconds`)
    and the list its standard error is collected into, line by line, while it runs."""
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    errors = []
    threading.Thread(target=lambda: errors.extend(server.stderr), daemon=True).start()
    url = None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and url is None:
        line = server.stdout.readline()
        if not line:
            break
        if "http://" in line:
            url = line[line.index("http://"):].split()[0]
    return server, url, errors
