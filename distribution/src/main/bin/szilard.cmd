@echo off
rem The szilard command of an installed Szilard on Windows. Needs only a JDK 17 or newer (JAVA_HOME, or java on
rem the PATH). As bin/szilard does: the osgi runtime (the default) starts from the class path lib\*, so that Felix
rem offers plugin bundles only the API, Commons Math and the JDK; --runtime modules starts from the module path
rem lib\; plugins come from plugins\. SZILARD_JAVA_OPTS passes options to the JVM; the parallel collector is the
rem default unless they choose another; commands that compute nothing get the quick JIT compiler alone; a JDK whose
rem release file says 23 or later gets the flag that keeps Felix's use of sun.misc.Unsafe quiet, one older than 17
rem is refused. Unlike bin/szilard it keeps no class-data archive.
setlocal
for %%H in ("%~dp0..") do set "SZILARD_HOME=%%~fH"
set "JAVA_CMD=java"
set "RELEASE="
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
if defined JAVA_HOME set "RELEASE=%JAVA_HOME%\release"
rem (no parenthesised blocks: a path such as C:\Program Files (x86) would close them early)
set "VERSION="
set "MAJOR="
if defined RELEASE if exist "%RELEASE%" for /f "usebackq tokens=1,* delims==" %%A in ("%RELEASE%") do if "%%A"=="JAVA_VERSION" set "VERSION=%%~B"
if defined VERSION for /f "delims=." %%M in ("%VERSION%") do set "MAJOR=%%M"
if "%MAJOR%"=="1" for /f "tokens=2 delims=." %%M in ("%VERSION%") do set "MAJOR=%%M"
set "FLAGS=-XX:+IgnoreUnrecognizedVMOptions -XX:+DisplayVMOutputToStderr"
if not defined MAJOR goto flags
if %MAJOR% LSS 17 goto old
if %MAJOR% GEQ 23 set "FLAGS=%FLAGS% --sun-misc-unsafe-memory-access=allow"
goto flags
:old
echo szilard: needs Java 17 or newer, but "%JAVA_HOME%" is Java %VERSION%; set JAVA_HOME to a newer JDK 1>&2
exit /b 1
:flags
rem the parallel collector unless the options name one (-XX:+Use...GC)
set "OPTIONS=.%SZILARD_JAVA_OPTS%"
set "COLLECTOR=-XX:+UseParallelGC"
if not "%OPTIONS:+Use=%"=="%OPTIONS%" if not "%OPTIONS:GC=%"=="%OPTIONS%" set "COLLECTOR="
set "FLAGS=%FLAGS% %COLLECTOR%"
call :arguments %*
rem computations: C1 sooner and C2 only for methods about ten times hotter than by default; the rest: C1 alone
set "COMPUTING=-XX:Tier3InvocationThreshold=100 -XX:Tier3MinInvocationThreshold=50 -XX:Tier3CompileThreshold=1000 -XX:Tier3BackEdgeThreshold=10000 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000"
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%COMMAND%"=="run" set "JIT=%COMPUTING%"
if /i "%COMMAND%"=="sweep" set "JIT=%COMPUTING%"
set "FLAGS=%FLAGS% %JIT%"
if /i "%RUNTIME%"=="modules" goto modules
"%JAVA_CMD%" %FLAGS% %SZILARD_JAVA_OPTS% "-Dszilard.plugins=%SZILARD_HOME%\plugins" ^
  -cp "%SZILARD_HOME%\lib\*" org.szilard.cli.Szilard %*
exit /b %ERRORLEVEL%
:modules
"%JAVA_CMD%" %FLAGS% %SZILARD_JAVA_OPTS% "-Dszilard.plugins=%SZILARD_HOME%\plugins" -p "%SZILARD_HOME%\lib" ^
  --add-modules ALL-MODULE-PATH -m org.szilard.cli/org.szilard.cli.Szilard %*
exit /b %ERRORLEVEL%

rem Sets COMMAND to the first argument that is not an option (szilard --debug run ...) and RUNTIME to the value of
rem --runtime (--runtime=X splits into the same two arguments).
:arguments
set "COMMAND="
set "RUNTIME=osgi"
set "PREVIOUS="
:next
if "%~1"=="" exit /b 0
set "ARGUMENT=%~1"
if not defined COMMAND if not "%ARGUMENT:~0,1%"=="-" set "COMMAND=%ARGUMENT%"
if /i "%PREVIOUS%"=="--runtime" set "RUNTIME=%ARGUMENT%"
set "PREVIOUS=%ARGUMENT%"
shift
goto next
