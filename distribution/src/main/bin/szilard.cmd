@echo off
rem The szilard command of an installed Szilard on Windows. Needs only a JDK 17 or newer (JAVA_HOME, or java on
rem the PATH). lib\ is the module path; the plugins in plugins\ are loaded by the runtime chosen with --runtime.
setlocal
set "SZILARD_HOME=%~dp0.."
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" %SZILARD_JAVA_OPTS% "-Dszilard.plugins=%SZILARD_HOME%\plugins" -p "%SZILARD_HOME%\lib" ^
  --add-modules ALL-MODULE-PATH -m org.szilard.cli/org.szilard.cli.Szilard %*
