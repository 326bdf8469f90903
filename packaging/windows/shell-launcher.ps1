<#
.SYNOPSIS
    Makes the Qminder check-in kiosk the Windows shell of the kiosk account (Shell Launcher).

.DESCRIPTION
    For Windows Enterprise, Enterprise LTSC, Education and IoT Enterprise; Windows Pro has no
    Shell Launcher (use kiosk-task.xml and kiosk-watchdog.ps1 there). Run once, in an elevated
    Windows PowerShell, after installing the kiosk and creating the account:

        powershell -ExecutionPolicy Bypass -File packaging\windows\shell-launcher.ps1 -KioskUser kiosk

    What it does:
      1. turns on the "Shell Launcher" Windows feature (Client-EmbeddedShellLauncher);
      2. through Shell Launcher's WMI class WESL_UserSetting (namespace
         root\standardcimv2\embedded) sets kiosk.exe as the shell of that one account, with
         these actions when it exits:
            exit status 0 (an administrator closed it)       3 = do nothing
            exit status 2 (it cannot run here)               3 = do nothing
            anything else (a crash)                          0 = restart the shell
         and keeps Explorer as the shell of the Administrators group;
      3. enables Shell Launcher.
    Restart the computer afterwards. "Do nothing" leaves an empty screen: press Ctrl+Alt+Del,
    sign out, and sign in with an administrator account for maintenance.

    -Remove takes the kiosk account's custom shell away again (Explorer returns at its next
    sign-in); Shell Launcher stays enabled for any other account that has one.

    WESL_UserSetting is Shell Launcher's WMI interface, which runs a Win32 program such as
    kiosk.exe as the shell. Devices managed with Intune or another MDM can apply the same
    configuration as Shell Launcher v2 XML instead: packaging\windows\shell-launcher-v2.xml.
    See docs/deployment.md, "Windows: Shell Launcher".
#>
param(
    [string] $KioskUser = 'kiosk',
    [string] $Kiosk = (Join-Path $env:ProgramFiles 'Qminder Kiosk\kiosk.exe'),
    [switch] $Remove
)

$ErrorActionPreference = 'Stop'
$Namespace = 'root\standardcimv2\embedded'
$AdministratorsSid = 'S-1-5-32-544'
$RestartShell = 0
$DoNothing = 3

$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Run this script in an elevated (administrator) PowerShell.'
}

function Get-AccountSid([string] $Name) {
    $account = New-Object Security.Principal.NTAccount($Name)
    return $account.Translate([Security.Principal.SecurityIdentifier]).Value
}

function Assert-Ok($Result, [string] $What) {
    if ($Result.ReturnValue -ne 0) {
        throw ('{0} failed: 0x{1:X8}' -f $What, $Result.ReturnValue)
    }
}

$kioskSid = Get-AccountSid $KioskUser

if ($Remove) {
    $result = Invoke-CimMethod -Namespace $Namespace -ClassName WESL_UserSetting `
        -MethodName RemoveCustomShell -Arguments @{ Sid = $kioskSid }
    Assert-Ok $result 'RemoveCustomShell'
    Write-Output "Removed the kiosk shell of $KioskUser. Restart the computer."
    exit 0
}

if (-not (Test-Path -LiteralPath $Kiosk)) {
    throw "$Kiosk not found: install the kiosk first (or pass -Kiosk)."
}

try {
    $feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
} catch {
    $feature = $null
}
if ($null -eq $feature) {
    throw 'This edition of Windows has no Shell Launcher (Windows Pro and Home do not).'
}
if ($feature.State -ne 'Enabled') {
    $enabled = Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart
    if ($enabled.RestartNeeded) {
        Write-Output 'Shell Launcher was turned on; restart the computer and run this script again.'
        exit 3010
    }
}

if ($null -eq (Get-CimClass -Namespace $Namespace -ClassName WESL_UserSetting -ErrorAction SilentlyContinue)) {
    throw 'Shell Launcher WMI class not available yet: restart the computer and run this script again.'
}

# The command line Shell Launcher starts: the full path, written as in Microsoft's
# examples (no quotes around a path with spaces).
$shell = $Kiosk

$result = Invoke-CimMethod -Namespace $Namespace -ClassName WESL_UserSetting `
    -MethodName SetCustomShell -Arguments @{
        Sid                     = $kioskSid
        Shell                   = $shell
        CustomReturnCodes       = [int[]] @(0, 2)
        CustomReturnCodesAction = [int[]] @($DoNothing, $DoNothing)
        DefaultAction           = $RestartShell
    }
Assert-Ok $result "SetCustomShell for $KioskUser"

# Administrators keep the usual desktop.
$result = Invoke-CimMethod -Namespace $Namespace -ClassName WESL_UserSetting `
    -MethodName SetCustomShell -Arguments @{
        Sid           = $AdministratorsSid
        Shell         = 'explorer.exe'
        DefaultAction = $DoNothing
    }
Assert-Ok $result 'SetCustomShell for Administrators'

$result = Invoke-CimMethod -Namespace $Namespace -ClassName WESL_UserSetting `
    -MethodName SetEnabled -Arguments @{ Enabled = $true }
Assert-Ok $result 'SetEnabled'

$check = Invoke-CimMethod -Namespace $Namespace -ClassName WESL_UserSetting `
    -MethodName GetCustomShell -Arguments @{ Sid = $kioskSid }
Write-Output ("Shell of {0}: {1} (exit 0 and 2: do nothing; otherwise: restart it)" -f $KioskUser, $check.Shell)
Write-Output 'Restart the computer; the kiosk account then signs in to the kiosk alone.'
