; Inno Setup 6 script for reklamera: a per-user install without admin rights.
; Build on Windows (see packaging/README.md): make the PyInstaller bundle first, then
;   iscc packaging\windows\reklamera.iss
; Office roll-out, silent:
;   reklamera-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER /SITECONFIG="\\server\it\reklamera\site.toml"
; or put site.toml (and the letterhead it names) next to the setup program: both are installed with the app.

#define AppVersion "0.1.0"
; The PyInstaller bundle to package; packaging/windows/build.sh passes its own (ISCC /DBundleDir=...).
#ifndef BundleDir
  #define BundleDir "..\..\dist\reklamera"
#endif

[Setup]
AppId={{6A3F2C9E-3B1D-4C7A-9E55-2F0D8B1C4A77}
AppName=reklamera
AppVersion={#AppVersion}
AppPublisher=The reklamera team
AppComments=Complain about a faulty product the right way
DefaultDirName={localappdata}\Programs\reklamera
DefaultGroupName=reklamera
DisableProgramGroupPage=yes
; No admin rights: everything goes into the user's profile (HKCU, %LOCALAPPDATA%).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=reklamera-setup-{#AppVersion}
SetupIconFile=..\..\src\reklamera\icons\reklamera.ico
UninstallDisplayIcon={app}\reklamera.exe
UninstallDisplayName=reklamera
; ultra: a 64 MB dictionary, so that reklamera-cli.exe (the same Python archive as reklamera.exe, 10 MB that
; do not compress) costs nothing; with max's smaller one the setup program was 44 instead of 34 MB.
Compression=lzma2/ultra
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "is"; MessagesFile: "compiler:Languages\Icelandic.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The office's site configuration: from /SITECONFIG=..., or a site.toml beside the setup program.
Source: "{param:SITECONFIG|{src}\site.toml}"; DestDir: "{app}"; DestName: "site.toml"; Flags: external skipifsourcedoesntexist
Source: "{src}\*.docx"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist

[Icons]
Name: "{autoprograms}\reklamera"; Filename: "{app}\reklamera.exe"
Name: "{autodesktop}\reklamera"; Filename: "{app}\reklamera.exe"; Tasks: desktopicon

[Registry]
; *.reklamera opens in reklamera (per user: HKA is HKCU for a non-admin install).
; The extension's keys go on uninstall once they are empty (another program's values under them stay).
Root: HKA; Subkey: "Software\Classes\.reklamera"; ValueType: string; ValueName: ""; ValueData: "reklamera.Case"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.reklamera\OpenWithProgids"; ValueType: string; ValueName: "reklamera.Case"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\reklamera.Case"; ValueType: string; ValueName: ""; ValueData: "reklamera case"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\reklamera.Case\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\reklamera.exe,0"
Root: HKA; Subkey: "Software\Classes\reklamera.Case\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\reklamera.exe"" ""%1"""

[Run]
Filename: "{app}\reklamera.exe"; Description: "{cm:LaunchProgram,reklamera}"; Flags: nowait postinstall skipifsilent
