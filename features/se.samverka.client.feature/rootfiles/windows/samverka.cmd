@echo off
rem Starts Samverka on Windows.
rem   samverka.cmd             Swedish user interface, data in %APPDATA%\Samverka
rem   samverka.cmd -nl en      English user interface
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
  echo This Samverka installation is incomplete: the launcher in plugins\ is missing.
  exit /b 1
)

set "DATA=%APPDATA%\Samverka"
if defined SAMVERKA_DATA set "DATA=%SAMVERKA_DATA%"
echo %* | findstr /i /c:"-data" >nul && set "DATAARGS=" || set DATAARGS=-data "%DATA%"

start "Samverka" "%JAVA:java.exe=javaw.exe%" -Xms128m -Xmx1g -Djava.awt.headless=true -jar "%LAUNCHER%" %DATAARGS% %*
exit /b 0

:nojava
echo Samverka needs Java 21 or newer, and "%JAVA%" is not (version: %VERSION%).
echo Install a JDK 21+ (for example Eclipse Temurin 25 from https://adoptium.net) and set JAVA_HOME to it.
exit /b 1
