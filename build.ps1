#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, tests, demonstrates, benchmarks and packages the LiveDesk module.
.DESCRIPTION
    Run after `dotnet tool restore` as `dotnet pwsh ./build.ps1 <Task>`.
      Build    compile Release and stage a clean module in out/LiveDesk/
      Test     Build, then xunit and Pester against the staged module and the sandbox
      Demo     Build, then import examples/contacts.csv into a local sandbox
      Bench    Build, then the benchmark scenarios and the pacing matrix (-Long: with 3,000 per 60 s); writes out/bench.md
             (-Baseline <commit>: also builds that commit in out/baseline and compares the per-row cost with it)
      Package  Build, then out/LiveDesk.<version>.nupkg
      Clean    remove out/ and bin/obj folders
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Demo', 'Bench', 'Package', 'Clean')]
    [string] $Task = 'Build',

    # Bench only: a shorter run for trying the benchmark out.
    [switch] $Quick,

    # Bench only: also the true 3,000 requests per 60 s window of the pacing matrix (four minutes more).
    [switch] $Long,

    # Bench only: a commit whose build the per-row cost is compared with (scenario 9 of the benchmark).
    [string] $Baseline
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$Staged = Join-Path $Out 'LiveDesk'
$Configuration = 'Release'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Get-ModuleVersion {
    $props = [xml](Get-Content -Raw -LiteralPath (Join-Path $Root 'Directory.Build.props'))
    $version = @($props.Project.PropertyGroup | ForEach-Object { $_.Version } | Where-Object { $_ })[0]
    if (-not $version) { throw 'No <Version> in Directory.Build.props.' }
    $version
}

# The one child-PowerShell launcher and NuGet package lookup, shared with the Pester suite and the benchmark.
Import-Module (Join-Path $Root 'build/LiveDesk.BuildTools.psm1') -Force

function Invoke-ChildTask([string] $Script, [string[]] $ArgumentList = @()) {
    # Long runs: their output goes straight to this console; no time limit.
    (Invoke-ChildPwsh -ScriptPath $Script -ArgumentList $ArgumentList -NoCapture -TimeoutSec 0).ExitCode
}

function Invoke-BuildTask {
    Invoke-Dotnet build (Join-Path $Root 'LiveDesk.sln') -c $Configuration --nologo -v quiet '-clp:ErrorsOnly;Summary'
    $bin = Join-Path $Root "src/LiveDesk/bin/$Configuration/netstandard2.0"

    if (Test-Path -LiteralPath $Staged) { Remove-Item -LiteralPath $Staged -Recurse -Force }
    New-Item -ItemType Directory -Force -Path (Join-Path $Staged 'dependencies') | Out-Null

    # An explicit list: the staged folder is what ships, so nothing lands in it by accident.
    Copy-Item -LiteralPath (Join-Path $bin 'LiveDesk.dll') -Destination $Staged
    $dependencies = 'System.Text.Json', 'System.Text.Encodings.Web', 'Microsoft.Bcl.AsyncInterfaces', 'System.Memory',
        'System.Buffers', 'System.Numerics.Vectors', 'System.Runtime.CompilerServices.Unsafe', 'System.Threading.Tasks.Extensions',
        'PhoneNumbers', 'System.Collections.Immutable'
    foreach ($name in $dependencies) { Copy-Item -LiteralPath (Join-Path $bin "$name.dll") -Destination (Join-Path $Staged 'dependencies') }
    Copy-Item -LiteralPath (Join-Path $Root 'src/LiveDesk/LiveDesk.format.ps1xml') -Destination $Staged
    Copy-Item -LiteralPath (Join-Path $Root 'LICENSE') -Destination $Staged

    $version = Get-ModuleVersion
    $manifest = Get-Content -Raw -LiteralPath (Join-Path $Root 'LiveDesk.psd1')
    $stamped = $manifest -replace "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'", "`${1}'$version'"
    if ($stamped -eq $manifest -and $manifest -notmatch "ModuleVersion\s*=\s*'$([regex]::Escape($version))'") { throw 'Could not stamp ModuleVersion into LiveDesk.psd1.' }
    Set-Content -LiteralPath (Join-Path $Staged 'LiveDesk.psd1') -Value $stamped -NoNewline -Encoding utf8

    # The build and test tools (Markdig for the help compiler, Pester) come from NuGet.
    Invoke-Dotnet restore (Join-Path $Root 'tests/tools/Tools.csproj') --nologo -v quiet
    Import-Module (Join-Path $Root 'build/LiveDesk.HelpBuilder.psm1') -Force
    Build-LiveDeskHelp -DocsPath (Join-Path $Root 'docs') -ModulePath $Staged | Out-Null
    Write-Host "Staged LiveDesk $version in $Staged"
}

function Get-TrxCount([string] $Folder) {
    $passed = 0; $failed = 0
    $names = [System.Collections.Generic.List[string]]::new()
    # -LiteralPath: when two test projects finish in the same second, dotnet names the second file '..._net10.0[1].trx'.
    foreach ($file in Get-ChildItem -LiteralPath $Folder -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content -Raw -LiteralPath $file.FullName)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $xml = [xml](Get-Content -Raw -LiteralPath $file.FullName)
        foreach ($result in $xml.TestRun.Results.UnitTestResult) {
            if ($result.outcome -ne 'Passed' -and $result.outcome -ne 'NotExecuted') { $names.Add([string]$result.testName) }
        }
    }
    [pscustomobject]@{ Passed = $passed; Failed = $failed; FailedNames = $names.ToArray() }
}

function Invoke-TestTask {
    Invoke-BuildTask
    $results = Join-Path $Out 'TestResults'
    if (Test-Path -LiteralPath $results) { Remove-Item -LiteralPath $results -Recurse -Force }
    New-Item -ItemType Directory -Force -Path $results | Out-Null

    Write-Host "`n== xunit" -ForegroundColor Cyan
    & dotnet test (Join-Path $Root 'LiveDesk.sln') -c $Configuration --no-build --nologo --logger trx --results-directory (Join-Path $results 'xunit')
    $xunitExit = $LASTEXITCODE
    $xunit = Get-TrxCount (Join-Path $results 'xunit')
    if ($xunitExit -ne 0 -and $xunit.Failed -eq 0) { $xunit.Failed = 1; Write-Warning "dotnet test exited with $xunitExit." }

    Write-Host "`n== Pester" -ForegroundColor Cyan
    $pesterPath = Get-NuGetPackagePath -Id Pester -Version 5.7.1 -ChildPath 'tools/Pester.psd1'
    $summaryFile = Join-Path $results 'pester-summary.txt'
    # The counts come from Pester's own result object (written by the runner), not from the NUnit XML; no summary
    # (Pester crashed) or a non-zero exit without failures counts as one failure.
    $pesterExit = Invoke-ChildTask (Join-Path $Root 'tests/Pester/Invoke-LiveDeskPester.ps1') @(
        '-PesterPath', $pesterPath, '-ResultPath', (Join-Path $results 'pester.xml'), '-SummaryPath', $summaryFile)
    $pPassed = 0; $pFailed = 1
    if ((Test-Path -LiteralPath $summaryFile) -and ((Get-Content -Raw -LiteralPath $summaryFile) -match '^(\d+) (\d+)')) { $pPassed = [int]$Matches[1]; $pFailed = [int]$Matches[2] }
    if ($pesterExit -ne 0 -and $pFailed -eq 0) { $pFailed = 1; Write-Warning "The Pester run exited with $pesterExit." }

    $passed = $xunit.Passed + $pPassed
    $failed = $xunit.Failed + $pFailed
    # CI keeps only the tail of the log: name the failed tests there, so a one-off failure can be traced.
    foreach ($name in $xunit.FailedNames) { Write-Host "xunit failed: $name" -ForegroundColor Red }
    $pesterFailedFile = Join-Path $results 'pester-failed.txt'
    if (Test-Path -LiteralPath $pesterFailedFile) {
        foreach ($name in Get-Content -LiteralPath $pesterFailedFile) { Write-Host "Pester failed: $name" -ForegroundColor Red }
    }
    Write-Host "`nxunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester: $pPassed passed, $pFailed failed"
    Write-Output "$passed passed, $failed failed"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-DemoTask {
    Invoke-BuildTask
    $exit = Invoke-ChildTask (Join-Path $Root 'examples/Demo.ps1')
    if ($exit -ne 0) { exit $exit }
}

function Invoke-BenchTask {
    Invoke-BuildTask
    $arguments = @('-OutFile', (Join-Path $Out 'bench.md'))
    if ($Quick) { $arguments += '-Quick' }
    $benchArguments = $arguments
    if ($Baseline) { $benchArguments += @('-BaselineModulePath', (Get-BaselineBuild $Baseline)) }
    $exit = Invoke-ChildTask (Join-Path $Root 'tests/Bench/Invoke-Benchmark.ps1') $benchArguments
    if ($exit -ne 0) { exit $exit }
    if ($Long) { $arguments += '-Long' }
    $exit = Invoke-ChildTask (Join-Path $Root 'tests/Bench/Invoke-PacingMatrix.ps1') $arguments
    if ($exit -ne 0) { exit $exit }
}

# The commit's own build.ps1 stages it, so the baseline is built exactly as it was then.
function Get-BaselineBuild([string] $Commit) {
    $sha = (& git -C $Root rev-parse --verify "$Commit^{commit}").Trim()
    if ($LASTEXITCODE -ne 0) { throw "'$Commit' is not a commit of this repository." }
    $tree = Join-Path $Out "baseline/$sha"
    $module = Join-Path $tree 'out/LiveDesk/LiveDesk.psd1'
    if (-not (Test-Path -LiteralPath $module)) {
        if (Test-Path -LiteralPath $tree) { Remove-Item -LiteralPath $tree -Recurse -Force }
        New-Item -ItemType Directory -Force -Path $tree | Out-Null
        $archive = Join-Path $Out "baseline/$sha.tar"
        & git -C $Root archive --format=tar -o $archive $sha
        if ($LASTEXITCODE -ne 0) { throw "git archive $sha failed." }
        & tar -xf $archive -C $tree
        if ($LASTEXITCODE -ne 0) { throw "Unpacking $archive failed." }
        Remove-Item -LiteralPath $archive
        $exit = Invoke-ChildTask (Join-Path $tree 'build.ps1') @('Build')
        if ($exit -ne 0) { throw "Building the baseline $sha failed (exit code $exit)." }
    }
    $module
}

function Invoke-PackageTask {
    Invoke-BuildTask
    Import-Module (Join-Path $Root 'build/LiveDesk.Package.psm1') -Force
    $package = New-LiveDeskPackage -ModulePath $Staged -OutputPath $Out
    Write-Host "Package: $package"
}

function Invoke-CleanTask {
    if (Test-Path -LiteralPath $Out) { Remove-Item -LiteralPath $Out -Recurse -Force }
    # collected first: deleting while Get-ChildItem still walks the tree would pull folders from under it
    $folders = @(Get-ChildItem -LiteralPath (Join-Path $Root 'src'), (Join-Path $Root 'tests') -Directory -Recurse | Where-Object { $_.Name -in 'bin', 'obj' })
    foreach ($folder in $folders) {
        if (Test-Path -LiteralPath $folder.FullName) { Remove-Item -LiteralPath $folder.FullName -Recurse -Force }
    }
}

Push-Location $Root
try {
    switch ($Task) {
        'Build' { Invoke-BuildTask }
        'Test' { Invoke-TestTask }
        'Demo' { Invoke-DemoTask }
        'Bench' { Invoke-BenchTask }
        'Package' { Invoke-PackageTask }
        'Clean' { Invoke-CleanTask }
    }
}
finally {
    Pop-Location
}
