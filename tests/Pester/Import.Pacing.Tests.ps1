#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Pacing against the real sandbox process, through the staged module (out/LiveDesk): a limit cut mid-run (another
# job starting to share it), played by the sandbox itself (rate_limit_later) so the test does not race the import.
# The bounds are generous: the machine may be loaded; the strict ones are in the xunit simulation (PacingCapacityTests).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'New-LiveDeskContact under a limit that changes mid-run' {
    It 'follows a halved limit down: every row stored once, no error, few 429s' {
        Reset-TestSandbox -Sandbox $sb
        Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -SkipCredentialCheck
        try {
            # 50/s at 20 ms; after 250 requests (about 5 s) the limit is halved to 25/s
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 20 -RateLimit 50 -Limiter fixed -RateLimitLater @{ rate_limit = 25; after_requests = 250 }
            $rows = @(New-TestContactRow -Count 450 -Prefix 'halved')
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $all = @($rows | New-LiveDeskContact -ErrorVariable ev -Verbose 4>&1)
            $watch.Stop()
            $out = @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
            $paces = @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } |
                ForEach-Object { if ($_.Message -match 'pacing to ([0-9.]+)/s') { [double]$Matches[1] } })
        }
        finally {
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 -RateLimit 0 -RateLimitLater $null
            Disconnect-LiveDesk
        }
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 450
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        [int]$stats.contacts | Should -Be 450
        # the limit was met at all (the unpaced start is refused once)
        [long]$stats.rate_limited | Should -BeGreaterThan 0
        # ideal: 250 rows at 50/s (5 s) + 200 at 25/s (8 s) = 13 s; a pace stuck at 50/s would be refused every other request
        ([double]$stats.rate_limited / [double]$stats.requests) | Should -BeLessThan 0.2
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 26
        # The 429 share alone cannot tell a pace that followed the cut from one stuck at 50/s: under a fixed window a
        # stuck pace is held once a window and loses only a few requests each time. What -Verbose says it paced to can:
        # a stuck pace reports about 48/s; one that followed reports 25-29/s (a loaded machine measures a little over
        # the limit), so the bound sits between the two.
        $paces.Count | Should -BeGreaterThan 1
        $paces[-1] | Should -BeLessThan 35
    }
}
