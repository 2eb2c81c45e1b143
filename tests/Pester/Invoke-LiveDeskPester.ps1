<#
.SYNOPSIS
    Runs the Pester suite in its own pwsh process (called by build.ps1 Test) and writes
    "<passed> <failed>" to -SummaryPath for the build script to sum.
.DESCRIPTION
    The counts come from Pester's own result object: passed tests, and failed tests plus failed blocks
    (a BeforeAll that throws) and failed containers (a file that does not even load). The NUnit XML is
    written afterwards from the same object and never feeds the counts, so a results file that cannot be
    written (or is left truncated) cannot turn a run into "0 passed". If Pester itself throws, the summary
    says "0 1" and the exit code is 1.
#>
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ResultPath,
    [Parameter(Mandatory)] [string] $SummaryPath,
    [string[]] $Path = @($PSScriptRoot),
    # Tags to leave out (none by default).
    [string[]] $ExcludeTag = @()
)
$ErrorActionPreference = 'Stop'

function Write-Summary([int] $Passed, [int] $Failed) {
    [IO.File]::WriteAllText($SummaryPath, "$Passed $Failed", (New-Object System.Text.UTF8Encoding $false))
}

# A summary that says "failed" until Pester has answered: if this process dies, the build still counts a failure.
Write-Summary 0 1
try {
    Import-Module -Name $PesterPath -Force
    $config = New-PesterConfiguration
    $config.Run.Path = $Path
    $config.Run.PassThru = $true
    if ($ExcludeTag.Count -gt 0) {
        $config.Filter.ExcludeTag = $ExcludeTag
        Write-Host "Leaving out the tests tagged $($ExcludeTag -join ', ')." -ForegroundColor Yellow
    }
    $config.Output.Verbosity = 'Normal'
    $config.TestResult.Enabled = $false
    $result = Invoke-Pester -Configuration $config
}
catch {
    Write-Host "Pester failed: $_" -ForegroundColor Red
    exit 1
}
if ($null -eq $result) {
    Write-Host 'Pester returned no result.' -ForegroundColor Red
    exit 1
}
$passed = [int]$result.PassedCount
$failed = [int]$result.FailedCount + [int]$result.FailedBlocksCount + [int]$result.FailedContainersCount
if ("$($result.Result)" -eq 'Failed' -and $failed -eq 0) { $failed = 1 }
Write-Summary $passed $failed
# The names of what failed, for build.ps1 to print where CI's tail keeps them.
$failedNames = @($result.Failed | ForEach-Object { $_.ExpandedPath }) +
    @($result.FailedBlocks | ForEach-Object { "$(if ($_.ExpandedPath) { $_.ExpandedPath } else { $_.Name }) (block)" }) +
    @($result.FailedContainers | ForEach-Object { "$($_.Item) (file)" })
$failedFile = Join-Path (Split-Path -Parent $SummaryPath) 'pester-failed.txt'
[IO.File]::WriteAllLines($failedFile, [string[]]$failedNames, (New-Object System.Text.UTF8Encoding $false))

try { Export-NUnitReport -Result $result -Path $ResultPath }
catch { Write-Warning "Could not write the NUnit results to '$ResultPath': $_" }

if ($failed -gt 0) { exit 1 }
exit 0
