; Inno Setup 6 script: the Windows installer for the kiosk's one-folder build.
;
;   pyinstaller --noconfirm packaging\kiosk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\kiosk.iss
;
; AppVersion must be kiosk.__version__ (the release workflow reads it from there) and purely
; numeric (x.y.z), because it also becomes the installer's Windows version resource.
; Output: dist\QminderKiosk-<version>-windows-x64-setup.exe. Installs for all users into
; Program Files (administrator rights), adds a Start-menu entry and an uninstaller, and can
; start the kiosk whenever someone signs in.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\kiosk.iss
#endif

#define AppName "Qminder Kiosk"
#define AppExe "kiosk.exe"
#define Bundle "..\..\dist\kiosk"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{267C4544-B4EC-4A7C-98A0-F0E292E27B1E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Qminder kiosk project
AppComments=Self-service check-in kiosk for Qminder queues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
; Per machine: Program Files, all users' Start menu, administrator rights.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Qt 6.11 runs on 64-bit Windows 10 1809 (build 17763) and later.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\kiosk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; An upgrade closes a running kiosk first, so its files can be replaced.
CloseApplications=force
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename=QminderKiosk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "startatlogin"; Description: "Start the kiosk whenever someone signs in to this PC"; GroupDescription: "Kiosk:"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: kiosk.exe, kiosk-console.exe (for support) and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean _internal: files a newer bundle no longer has must not stay.
Type: filesandordirs; Name: "{app}\_internal"
; A task unticked on an upgrade takes its shortcut away again.
Type: files; Name: "{commonstartup}\{#AppName}.lnk"; Tasks: not startatlogin
Type: files; Name: "{autodesktop}\{#AppName}.lnk"; Tasks: not desktopicon

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} (demo, windowed)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo --windowed"; WorkingDir: "{app}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
; All users' Startup folder: the kiosk starts at every sign-in.
Name: "{commonstartup}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} now (demo, windowed)"; Parameters: "--demo --windowed"; Flags: nowait postinstall skipifsilent unchecked
