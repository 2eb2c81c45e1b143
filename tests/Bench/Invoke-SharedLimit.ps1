<#
.SYNOPSIS
    The two-job cell of scenario 12 alone, repeated, against one or more builds: Job A imports 1,500 rows, job B joins
    after 8 s with 300, both in their own process and connection, under a 50/s limit at 100 ms.
.DESCRIPTION
    The cell's spread between runs is as wide as a pacing change's gain, so builds are compared side by side: each round
    runs every build once per limiter, in turn, each on a freshly reset sandbox.
.EXAMPLE
    ./tests/Bench/Invoke-SharedLimit.ps1 -ModulePath ../base/out/LiveDesk/LiveDesk.psd1, ./out/LiveDesk/LiveDesk.psd1 -Rounds 2
#>
param(
    [string[]] $ModulePath = @((Join-Path (Split-Path -Parent (Split-Path -Parent $PSScriptRoot)) 'out/LiveDesk/LiveDesk.psd1')),
    [string[]] $Limiter = @('fixed', 'sliding'),
    [int] $Rounds = 1
)
$ErrorActionPreference = 'Stop'
$Invariant = [Globalization.CultureInfo]::InvariantCulture
Import-Module (Join-Path (Split-Path -Parent $PSScriptRoot) 'Pester/LiveDesk.Sandbox.psm1')
$InboxId = 407
$script:RunNumber = 0
$script:RunTag = [DateTime]::UtcNow.ToString('yyyyMMddHHmmss', $Invariant)
function Format-Number([double] $Value, [string] $Format = 'N0') { $Value.ToString($Format, $Invariant) }
. (Join-Path $PSScriptRoot 'CapacityCells.ps1')
$builds = @($ModulePath | ForEach-Object { [IO.Path]::GetFullPath($_, (Get-Location).Path) })
$script:Sandbox = Start-LiveDeskSandbox -Inbox $InboxId
try {
    for ($round = 1; $round -le $Rounds; $round++) {
        foreach ($path in $builds) {
            # Measure-SharedLimit (CapacityCells.ps1) starts its jobs with the module at $ModulePath.
            $ModulePath = $path
            foreach ($kind in $Limiter) {
                $r = Measure-SharedLimit $kind
                [pscustomobject]@{ Round = $round; Module = $path; Limiter = $kind; Result = $r.Target; Refused = '{0} / {1}' -f $r.RateLimited, $r.Requests }
            }
        }
    }
}
finally { Stop-LiveDeskSandbox -Sandbox $script:Sandbox }
