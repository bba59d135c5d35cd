-- What wixl (msitools) cannot express, added to the MSI by build.sh with `msibuild MSI -q QUERY`, one query a line.
-- MoveFile: copy the file named by the SITECONFIG property (SourceName empty: SourceFolder is then the full path
-- of the file) to SITEDIR (%ProgramData%\reklamera) as site.toml. Options 0: copy, leave the source alone.
-- The row belongs to the SiteConfig component, which is installed only when SITECONFIG is set.
CREATE TABLE `MoveFile` (`FileKey` CHAR(72) NOT NULL, `Component_` CHAR(72) NOT NULL, `SourceName` CHAR(255) LOCALIZABLE, `DestName` CHAR(255) LOCALIZABLE, `SourceFolder` CHAR(72), `DestFolder` CHAR(72) NOT NULL, `Options` SHORT NOT NULL PRIMARY KEY `FileKey`)
INSERT INTO `MoveFile` (`FileKey`, `Component_`, `DestName`, `SourceFolder`, `DestFolder`, `Options`) VALUES ('SiteToml', 'SiteConfig', 'site.toml', 'SITECONFIG', 'SITEDIR', 0)
-- RemoveFile: delete that copy when the product is removed (InstallMode 2: on uninstall).
INSERT INTO `RemoveFile` (`FileKey`, `Component_`, `FileName`, `DirProperty`, `InstallMode`) VALUES ('RemoveSiteToml', 'SiteConfig', 'site.toml', 'SITEDIR', 2)
-- The standard action that carries out MoveFile rows, at its usual place (after CreateFolders, before InstallFiles).
INSERT INTO `InstallExecuteSequence` (`Action`, `Sequence`) VALUES ('MoveFiles', 3800)
-- The SiteConfig component (and with it the copy) only when SITECONFIG is given, and on uninstall (REMOVE=ALL),
-- which never gives it: a component whose condition is false is left alone, its copy of site.toml with it.
UPDATE `Component` SET `Condition` = 'SITECONFIG OR REMOVE~="ALL"' WHERE `Component` = 'SiteConfig'
-- SITECONFIG must be a secure property to reach the elevated (server) part of a managed per-machine install;
-- wixl already lists its two upgrade properties here.
UPDATE `Property` SET `Value` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;SITECONFIG' WHERE `Property` = 'SecureCustomProperties'
