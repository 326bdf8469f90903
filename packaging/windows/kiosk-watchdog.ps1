<#
.SYNOPSIS
    Starts the Qminder check-in kiosk and starts it again whenever it crashes.

.DESCRIPTION
    The watchdog for Windows editions without Shell Launcher (Windows Pro): Task Scheduler runs
    it when the kiosk account signs in (packaging\windows\kiosk-task.xml). It runs kiosk.exe,
    waits for it to end and decides by the exit status:

      0      an administrator closed the kiosk from its admin panel: stop, leave the desktop
             for maintenance (sign out and in again, or reboot, to start the kiosk again)
      2      the kiosk cannot run here (another kiosk is already running, or its check-in
             outbox cannot be opened): try again after Status2RetrySeconds (a slow retry,
             never a tight loop). A configuration error does not end the kiosk: it shows
             "not set up yet" and waits for a valid kiosk.toml.
      other  a crash: start again after a short pause that grows (up to MaxDelaySeconds) while
             the kiosk keeps failing soon after starting

    Each decision is appended to watchdog.log next to the kiosk's own logs
    (%LOCALAPPDATA%\qminder-kiosk\Logs). See docs/deployment.md, "Windows Pro".
#>
param(
    [string] $Kiosk = (Join-Path $env:ProgramFiles 'Qminder Kiosk\kiosk.exe'),
    [string[]] $KioskArguments = @(),
    [int] $Status2RetrySeconds = 60,
    [int] $FirstDelaySeconds = 5,
    [int] $MaxDelaySeconds = 300,
    # A run at least this long counts as healthy: the next crash starts with the short pause.
    [int] $HealthySeconds = 600
)

$ErrorActionPreference = 'Stop'
$LogDir = Join-Path $env:LOCALAPPDATA 'qminder-kiosk\Logs'
New-Item -ItemType Directory -Force -Path $LogDir | Out-Null
$LogFile = Join-Path $LogDir 'watchdog.log'

function Write-WatchdogLog([string] $Message) {
    $line = '{0:yyyy-MM-dd HH:mm:ss} {1}' -f (Get-Date), $Message
    Add-Content -Path $LogFile -Value $line -Encoding UTF8
}

$delay = $FirstDelaySeconds
while ($true) {
    $started = Get-Date
    try {
        $startArgs = @{ FilePath = $Kiosk; PassThru = $true; Wait = $true }
        if ($KioskArguments.Count -gt 0) { $startArgs.ArgumentList = $KioskArguments }
        $process = Start-Process @startArgs
        $code = $process.ExitCode
    } catch {
        Write-WatchdogLog "cannot start ${Kiosk}: $($_.Exception.Message)"
        $code = -1
    }
    $ran = [int]((Get-Date) - $started).TotalSeconds

    if ($code -eq 0) {
        Write-WatchdogLog "kiosk closed by an administrator after ${ran}s: not restarting"
        exit 0
    }
    if ($code -eq 2) {
        Write-WatchdogLog "kiosk exited with status 2 (already running, or outbox): retry in ${Status2RetrySeconds}s"
        Start-Sleep -Seconds $Status2RetrySeconds
        continue
    }
    if ($ran -ge $HealthySeconds) { $delay = $FirstDelaySeconds }
    Write-WatchdogLog "kiosk ended with status $code after ${ran}s: restart in ${delay}s"
    Start-Sleep -Seconds $delay
    $delay = [Math]::Min($delay * 2, $MaxDelaySeconds)
}
