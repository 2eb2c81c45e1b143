#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Concurrency of New-LiveDeskContact against the real sandbox process, through the staged module
# (out/LiveDesk): ordering under jittery latency, 429 storms, Retry-After, Ctrl+C (Stop), runspaces.

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    $modulePath = (Get-LiveDeskTestPath).Module
    $conn = Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck -PassThru

    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb) }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'New-LiveDeskContact concurrency' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -SkipCredentialCheck -RetryIntervalSec 0
    }

    It 'emits in input order with -ThrottleLimit 8 under jittery latency (200 rows)' {
        $rows = @(New-TestContactRow -Count 200 -Prefix 'order')
        # Each request gets 2-40 ms at random, so requests in flight overtake each other.
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 2 -LatencyJitterMs 38
        try {
            $out = @($rows | New-LiveDeskContact -ThrottleLimit 8 -ErrorVariable ev)
        }
        finally { $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 -LatencyJitterMs 0 }
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 200
        $out.Email | Should -Be $rows.email
        $stored = Get-Stored | Sort-Object id
        $stored.Count | Should -Be 200
        # the server saw them in another order than the input: the requests really overlapped
        $stored.email | Should -Not -Be $rows.email
        $byEmail = @{}; foreach ($c in $stored) { $byEmail[$c.email] = $c.id }
        @($out | Where-Object { $byEmail[$_.Email] -ne $_.Id }) | Should -BeNullOrEmpty
    }

    It 'grows past 16 requests in flight when the round trip is the bound, and never past an explicit -ThrottleLimit' {
        # 400 ms per request, no limit: 16 in flight carry 40/s, the round trip and not the server is the bound.
        # Counted at the server: how many requests waited there at once.
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 400
        try {
            $rows = @(New-TestContactRow -Count 300 -Prefix 'grow' -NoPhone)
            $verbose = @($rows | New-LiveDeskContact -ErrorVariable ev -Verbose 4>&1 |
                    Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Requests in flight*' })
            $grown = Get-LiveDeskSandboxStat -Sandbox $sb
            @($ev).Count | Should -Be 0
            $grown.creates | Should -Be 300
            $grown.peak_concurrent | Should -BeGreaterThan 16 -Because 'without -ThrottleLimit the requests in flight follow the round trip'
            $grown.peak_concurrent | Should -BeLessOrEqual 64 -Because '64 is the documented cap'
            # Said once per change, with the reason, not once per row.
            $verbose[0].Message | Should -Match '16 to start; up to 64'
            @($verbose | Where-Object Message -Match '^Requests in flight: (32|64) \(was (16|32)\): .*the round trip, not the server, sets the rate').Count | Should -BeGreaterThan 0
            $verbose.Count | Should -BeLessOrEqual 6

            Reset-TestSandbox -Sandbox $sb
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 400
            $rows = @(New-TestContactRow -Count 120 -Prefix 'capped' -NoPhone)
            $out = @($rows | New-LiveDeskContact -ThrottleLimit 12 -ErrorVariable ev)
            $capped = Get-LiveDeskSandboxStat -Sandbox $sb
            @($ev).Count | Should -Be 0
            $out.Email | Should -Be $rows.email
            $capped.peak_concurrent | Should -BeLessOrEqual 12 -Because 'an explicit -ThrottleLimit is a hard cap'
            $capped.peak_concurrent | Should -BeGreaterOrEqual 8 -Because 'the import did keep several requests in flight'
        }
        finally { $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 }
    }

    It 'survives a 429 storm: rate limit 50/s, 300 rows, every row created exactly once, no error' {
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -RateLimit 50
        $rows = @(New-TestContactRow -Count 300 -Prefix 'storm')
        $out = @($rows | New-LiveDeskContact -ErrorVariable ev)
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        @($ev | ForEach-Object { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }) | Should -BeNullOrEmpty
        $stats.rate_limited | Should -BeGreaterThan 0 -Because 'the storm must have happened'
        $out.Count | Should -Be 300
        $out.Email | Should -Be $rows.email
        $stored = Get-Stored
        $stored.Count | Should -Be 300
        ($stored.email | Sort-Object -Unique).Count | Should -Be 300
        $stats.creates | Should -Be 300
    }

    It 'honours Retry-After as <Form> and every row succeeds' -ForEach @(
        @{ Form = 'seconds'; Config = @{ RetryAfter = $true }; Header = $true }
        # Windows are aligned to the clock and an HTTP date has whole seconds: with a 1 s window the date can be
        # "now". A 3 s window leaves a wait that progress (every 250 ms) sees.
        @{ Form = 'an HTTP date'; Config = @{ RetryAfterAsDate = $true; RateWindow = 3 }; Header = $true }
        @{ Form = 'absent (control: plain 429)'; Config = @{}; Header = $false }
    ) {
        # No limit at first, so that the 429s come after the first second, when progress is being reported:
        # the progress record names a Retry-After wait while the module pauses for one.
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 100 @Config
        $child = Start-ChildImport -Sandbox $sb -Script {
            # 140 rows at 4 in flight and 100 ms latency take about 3.5 s: the import is surely still
            # running when the limit comes (70 could all be done by then on a fast machine).
            1..140 | ForEach-Object { [pscustomobject]@{ name = "ra $_"; email = "ra$_@example.com" } } |
                New-LiveDeskContact -InboxId 407 -ThrottleLimit 4
        }
        Start-Sleep -Milliseconds 1200
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -RateLimit 20
        $run = Receive-ChildImport $child
        $out = $run.Output
        $errors = $run.Errors
        $waits = @($run.Progress | Where-Object { $_.CurrentOperation -match 'waiting [\d.,]+ s \(Retry-After\)' })
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        @($errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }) | Should -BeNullOrEmpty
        $out.Count | Should -Be 140
        $out.Email | Should -Be @(1..140 | ForEach-Object { "ra$_@example.com" })
        (Get-Stored).Count | Should -Be 140
        $stats.rate_limited | Should -BeGreaterThan 0
        if ($Header) {
            $waits.Count | Should -BeGreaterThan 0 -Because 'the module pauses for the Retry-After the server sent (progress says so)'
        }
        else {
            $waits.Count | Should -Be 0 -Because 'without the header there is no Retry-After to wait for'
        }
    }

    It 'stops promptly when the pipeline is stopped, and leaves no request running' {
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 300
        $child = Start-ChildImport -Sandbox $sb -Script {
            1..2000 | ForEach-Object { [pscustomobject]@{ name = "cancel $_"; email = "cancel$_@example.com" } } |
                New-LiveDeskContact -InboxId 407 -ThrottleLimit 8
        }
        Start-Sleep -Milliseconds 1200
        # The cmdlet gives in-flight requests one second to observe the cancellation; the slack is for a busy machine.
        $r1 = (Stop-ChildImport -Child $child -Sandbox $sb -WithinSec 5).requests
        $r1 | Should -BeGreaterThan 0
        $r1 | Should -BeLessThan 200
    }

    Context 'runspaces' {
        # ForEach-Object -Parallel is PowerShell 7.0+: skipped in Windows PowerShell, where the runspace-pool test below
        # covers -Connection and per-runspace connections instead.
        It 'works in ForEach-Object -Parallel with -Connection $conn' -Skip:($PSVersionTable.PSEdition -eq 'Desktop') {
            $batches = 1..4 | ForEach-Object { , @(New-TestContactRow -Count 15 -Prefix "par$_" -NoPhone) }
            $result = @($batches | ForEach-Object -ThrottleLimit 4 -Parallel {
                    Import-Module $using:modulePath
                    $out = @($_ | New-LiveDeskContact -Connection $using:conn -ErrorVariable ev)
                    [pscustomobject]@{ Created = $out.Count; Errors = @($ev).Count; Emails = $out.Email; Expected = $_.email }
                })
            $result.Count | Should -Be 4
            ($result.Created | Measure-Object -Sum).Sum | Should -Be 60
            ($result.Errors | Measure-Object -Sum).Sum | Should -Be 0
            foreach ($r in $result) { $r.Emails | Should -Be $r.Expected }
            (Get-Stored).Count | Should -Be 60
        }

        # Start-ThreadJob ships with PowerShell 7 only; Windows PowerShell has it only if the ThreadJob module is installed.
        It 'works in Start-ThreadJob with -Connection $conn' -Skip:($PSVersionTable.PSEdition -eq 'Desktop' -and -not (Get-Module -ListAvailable -Name ThreadJob)) {
            $jobs = 1..3 | ForEach-Object {
                Start-ThreadJob -ArgumentList $modulePath, $conn, $_ -ScriptBlock {
                    param($ModulePath, $Connection, $N)
                    Import-Module $ModulePath
                    1..10 | ForEach-Object { [pscustomobject]@{ name = "job$N $_"; email = "job$N.$_@example.com" } } |
                        New-LiveDeskContact -InboxId 407 -Connection $Connection
                }
            }
            $out = @($jobs | Receive-Job -Wait -AutoRemoveJob -ErrorVariable ev)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 30
            (Get-Stored).Count | Should -Be 30
        }

        It 'works with Connect-LiveDesk inside each runspace' -Skip:($PSVersionTable.PSEdition -eq 'Desktop') {   # -Parallel: PowerShell 7.0+
            $result = @(1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
                    Import-Module $using:modulePath
                    $sandbox = $using:sb
                    Connect-LiveDesk -Credential $sandbox.Credential -BaseUri $sandbox.Uri -RetryIntervalSec 0
                    $n = $_
                    $out = @(1..10 | ForEach-Object { [pscustomobject]@{ name = "own$n $_"; email = "own$n.$_@example.com" } } |
                            New-LiveDeskContact -InboxId 407 -ErrorVariable ev)
                    [pscustomobject]@{ Created = $out.Count; Errors = @($ev).Count }
                })
            ($result.Created | Measure-Object -Sum).Sum | Should -Be 40
            ($result.Errors | Measure-Object -Sum).Sum | Should -Be 0
            (Get-Stored).Count | Should -Be 40
        }

        It 'keeps each runspace''s connection its own' -Skip:($PSVersionTable.PSEdition -eq 'Desktop') {   # -Parallel: PowerShell 7.0+
            $mine = Get-LiveDeskConnection
            $seen = @(1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
                    Import-Module $using:modulePath
                    $key = 'runspace-key-000' + $_
                    Connect-LiveDesk -ApiKey $key -ApiSecret (ConvertTo-SecureString 'x' -AsPlainText -Force) -BaseUri 'https://example.invalid' -SkipCredentialCheck
                    Start-Sleep -Milliseconds 300   # let the others connect meanwhile
                    [pscustomobject]@{ N = $_; Key = (Get-LiveDeskConnection).ApiKey }
                })
            $seen.Count | Should -Be 4
            foreach ($s in $seen) { $s.Key | Should -BeLike ('*000' + $s.N) }
            [object]::ReferenceEquals((Get-LiveDeskConnection), $mine) | Should -BeTrue
            (Get-LiveDeskConnection).BaseUri.Authority | Should -Be ([uri]$sb.Uri).Authority
        }

        It 'works in a runspace pool, with -Connection $conn and with Connect-LiveDesk inside (both editions)' {
            $mine = Get-LiveDeskConnection
            $pool = [runspacefactory]::CreateRunspacePool(1, 4)
            $pool.Open()
            $runs = @()
            try {
                $runs = @(foreach ($n in 1..4) {
                        $ps = [powershell]::Create()
                        $ps.RunspacePool = $pool
                        $null = $ps.AddScript({
                                param($ModulePath, $Connection, $Sandbox, $N)
                                Import-Module $ModulePath
                                $rows = 1..10 | ForEach-Object { [pscustomobject]@{ name = "pool$N $_"; email = "pool$N.$_@example.com" } }
                                if ($N % 2) { $rows | New-LiveDeskContact -InboxId 407 -Connection $Connection }
                                else {
                                    Connect-LiveDesk -Credential $Sandbox.Credential -BaseUri $Sandbox.Uri -SkipCredentialCheck -RetryIntervalSec 0
                                    $rows | New-LiveDeskContact -InboxId 407
                                }
                            }).AddArgument($modulePath).AddArgument($conn).AddArgument($sb).AddArgument($n)
                        [pscustomobject]@{ N = $n; PowerShell = $ps; Handle = $ps.BeginInvoke() }
                    })
                foreach ($r in $runs) {
                    $out = @($r.PowerShell.EndInvoke($r.Handle))
                    @($r.PowerShell.Streams.Error | ForEach-Object { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }) | Should -BeNullOrEmpty
                    $out.Email | Should -Be @(1..10 | ForEach-Object { "pool$($r.N).$_@example.com" })
                }
            }
            finally {
                foreach ($r in $runs) { $r.PowerShell.Dispose() }
                $pool.Dispose()
            }
            (Get-Stored).Count | Should -Be 40
            [object]::ReferenceEquals((Get-LiveDeskConnection), $mine) | Should -BeTrue
        }
    }

    Context 'progress' {
        It 'imports without errors with $ProgressPreference = SilentlyContinue' {
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 100
            $rows = @(New-TestContactRow -Count 60 -Prefix 'quiet')
            $ProgressPreference = 'SilentlyContinue'
            $out = @($rows | New-LiveDeskContact -ThrottleLimit 4 -ErrorVariable ev)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 60
            (Get-Stored).Count | Should -Be 60
        }

        It 'reports progress after a second and completes it' {
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 100
            $run = Receive-ChildImport (Start-ChildImport -Sandbox $sb -Script {
                    1..60 | ForEach-Object { [pscustomobject]@{ name = "prog $_"; email = "prog$_@example.com" } } |
                        New-LiveDeskContact -InboxId 407 -ThrottleLimit 4
                })
            $run.Output.Count | Should -Be 60
            $run.Errors.Count | Should -Be 0
            $progress = @($run.Progress | Where-Object Activity -EQ 'Creating LiveDesk contacts')
            $progress.Count | Should -BeGreaterThan 0
            $progress[0].StatusDescription | Should -Match '\d+ done, \d+ failed'
            $progress[-1].RecordType | Should -Be 'Completed'
        }
    }
}
