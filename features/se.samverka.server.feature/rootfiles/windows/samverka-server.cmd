@echo off
rem Starts the Samverka county server on Windows, or runs one of its administration commands.
rem   samverka-server.cmd start [--demo]
rem   samverka-server.cmd help
rem Needs Java 21 or newer: set JAVA_HOME, or have java on the PATH.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"

set "JAVA=java"
if defined SAMVERKA_JAVA (set "JAVA=%SAMVERKA_JAVA%") else if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"

set "VERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "VERSION=%%v"
if not defined VERSION goto nojava
if %VERSION% LSS 21 goto nojava

set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo This installation of the county server is incomplete: the launcher in plugins\ is missing.
  exit /b 1
)
"%JAVA%" -Xms128m -Xmx1g -Djava.awt.headless=true -jar "%LAUNCHER%" -consoleLog %*
exit /b %ERRORLEVEL%

:nojava
echo The county server needs Java 21 or newer, and "%JAVA%" is not (version: %VERSION%).
echo Install a JDK 21+ (for example Eclipse Temurin 25 from https://adoptium.net) and set JAVA_HOME to it.
exit /b 1
