#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
<#
    The module against hostile servers and odd input (a server can send anything, and the module must stay bounded and clear), through the staged module (out/LiveDesk) and the
    hostile server (tests/LiveDesk.Hostile). Every case asserts a generous bound on wall time (not a benchmark), a
    LiveDesk.* ErrorId (or a clean success), that the host survives, and for proxies that no Authorization header
    reaches a proxy it was not meant for. Cases that used to hang or crash the host run in a child PowerShell
    (Invoke-HostileCase.ps1) whose exit code is checked.

    Design decision (documented in Connect-LiveDesk's help): an explicit -Proxy is used even for a loopback base
    URI, because the user asked for it; only the default proxy (HTTP_PROXY, system) is bypassed for loopback.
#>

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Hostile.psm1" -Force
    $hs = Start-HostileServer
    $modulePath = (Get-LiveDeskTestPath).Module
    $caseScript = Join-Path $PSScriptRoot 'Invoke-HostileCase.ps1'
    $secretText = 'Hostile-Secret-4711'
    $credential = [pscredential]::new('hostile-key', (ConvertTo-SecureString $secretText -AsPlainText -Force))
    # The name every successful answer of the hostile server carries (non-ASCII; this file stays ASCII for 5.1).
    $contactName = 'Zo' + [char]0x00EB + ' ' + [char]0x2603
    $connect = 'Connect-LiveDesk -Credential $Credential -BaseUri $BaseUri -RetryIntervalSec 0 -SkipCredentialCheck; '

    function Invoke-HostileCase {
        <# Runs $Case in a child PowerShell against mode $Mode; returns ExitCode, Result (parsed RESULT line) and Output. #>
        # Every case finishes in a few seconds now; the child's own time limit (startup and module import included)
        # stays well above the bounds asserted inside it, because the test machine may be very busy.
        param([string] $Mode, [string] $Case, [int] $TimeoutSec = 30, [hashtable] $Environment = @{})
        $arguments = @('-ModulePath', $modulePath, '-BaseUri', (Get-HostileBaseUri $hs $Mode), '-Case', $Case, '-Proxy', $hs.Proxy)
        $run = Invoke-ChildPwsh -ScriptPath $caseScript -ArgumentList $arguments -Environment $Environment -TimeoutSec $TimeoutSec
        $line = @($run.Output | Where-Object { $_ -like 'RESULT: *' }) | Select-Object -Last 1
        $result = $null
        if ($line) { $result = ConvertFrom-Json $line.Substring(8) }
        [pscustomobject]@{ ExitCode = $run.ExitCode; Result = $result; Output = $run.Output }
    }

    function Assert-HostAlive([object] $Run) {
        # exit code 0 and the RESULT line: the child finished its script (a stack overflow exits with 134 and no line)
        $Run.ExitCode | Should -Be 0 -Because ($Run.Output -join "`n")
        $Run.Result | Should -Not -BeNullOrEmpty -Because ($Run.Output -join "`n")
    }

    function Get-HostileTraffic([string] $Mode) {
        @(Get-HostileRequest $hs | Where-Object { $_.target -like "*/m/$Mode/*" })
    }
}

AfterAll {
    Disconnect-LiveDesk -ErrorAction SilentlyContinue
    if ($hs) { Stop-HostileServer $hs }
}

Describe 'Retry-After from a hostile server is bounded' {
    BeforeEach { Reset-HostileRequest $hs }

    It '429 with Retry-After 999999 fails New, then Get and Set on the same connection, within the bound' {
        $case = $connect + '[pscustomobject]@{ Name = ''one''; Email = ''one@example.com'' } | New-LiveDeskContact -InboxId 407 -ErrorAction SilentlyContinue
            Get-LiveDeskContact -First 1 -ErrorAction SilentlyContinue
            Set-LiveDeskContact -Id 1 -Name x -ErrorAction SilentlyContinue'
        $run = Invoke-HostileCase -Mode '429-huge' -Case $case
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.RateLimitExceeded', 'LiveDesk.RateLimitExceeded', 'LiveDesk.RateLimitExceeded')
    }

    It '429 with <Case> is clamped, never thrown raw' -ForEach @(
        @{ Case = 'a Retry-After date in year 9999'; Mode = '429-future' }
        @{ Case = 'Retry-After 3000000 (beyond Task.Delay''s 24.8 days)'; Mode = '429-month' }
    ) {
        $run = Invoke-HostileCase -Mode $Mode -Case ($connect + 'Get-LiveDeskContact -First 1 -ErrorAction SilentlyContinue; Get-LiveDeskContact -First 1 -ErrorAction SilentlyContinue')
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.RateLimitExceeded', 'LiveDesk.RateLimitExceeded')
    }

    It '429 with a Retry-After date in 1900 ends at -MaximumRateLimitWaitSec' {
        $case = $connect + '[pscustomobject]@{ Name = ''past''; Email = ''past@example.com'' } | New-LiveDeskContact -InboxId 407 -MaximumRateLimitWaitSec 3 -ErrorAction SilentlyContinue'
        $run = Invoke-HostileCase -Mode '429-past' -Case $case
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.RateLimitExceeded')
    }

    It '<Status> with Retry-After 999999 ends Get, New and Set within the bound' -ForEach @(
        @{ Status = 503; Mode = '503-huge' }
        @{ Status = 500; Mode = '500-huge' }
    ) {
        $case = $connect + 'Get-LiveDeskContact -First 1 -ErrorAction SilentlyContinue
            [pscustomobject]@{ Name = ''one''; Email = ''one@example.com'' } | New-LiveDeskContact -InboxId 407 -ErrorAction SilentlyContinue
            Set-LiveDeskContact -Id 1 -Name x -ErrorAction SilentlyContinue'
        $run = Invoke-HostileCase -Mode $Mode -Case $case
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds).Count | Should -Be 3
        foreach ($id in $run.Result.ErrorIds) { $id | Should -BeIn @('LiveDesk.ServerError', 'LiveDesk.OutcomeUnknown', 'LiveDesk.RateLimitExceeded') }
    }

    It '503 with Retry-After 999999 ends Connect-LiveDesk within the bound' {
        $run = Invoke-HostileCase -Mode '503-huge' -Case 'Connect-LiveDesk -Credential $Credential -BaseUri $BaseUri -RetryIntervalSec 0'
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.ServerError')
    }
}

Describe 'Hostile bodies' {
    BeforeEach { Reset-HostileRequest $hs }

    It 'a 400 with 1 MiB of repeated head tags fails Get with LiveDesk.RequestRejected within the bound' {
        # Before: more than 150 s of CPU in the HTML-to-text regex.
        $run = Invoke-HostileCase -Mode 'html-head' -Case ($connect + 'Get-LiveDeskContact -First 1 -ErrorAction SilentlyContinue')
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.RequestRejected')
    }

    It 'a 200 with <Mode> is read (Get returns the contact)' -ForEach @(
        @{ Mode = 'bom' }, @{ Mode = 'utf16' }, @{ Mode = 'utf16-bom' }
    ) {
        Connect-LiveDesk -Credential $credential -BaseUri (Get-HostileBaseUri $hs $Mode) -RetryIntervalSec 0
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $contact = Get-LiveDeskContact -First 1
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 20
        $contact.Name | Should -BeExactly $contactName
    }

    It 'a created contact answered with a BOM counts as Created, not failed' {
        Connect-LiveDesk -Credential $credential -BaseUri (Get-HostileBaseUri $hs 'bom') -RetryIntervalSec 0 -SkipCredentialCheck
        $out = [pscustomobject]@{ Name = 'bom'; Email = 'bom@example.com' } | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue
        @($ev) | Should -BeNullOrEmpty
        $out.Outcome | Should -Be 'Created'
    }

    It 'a 200 in the charset of <Mode> is LiveDesk.InvalidResponse for Connect, Get and Set' -ForEach @(
        @{ Mode = 'utf7' }, @{ Mode = 'unknown-charset' }
    ) {
        $baseUri = Get-HostileBaseUri $hs $Mode
        { Connect-LiveDesk -Credential $credential -BaseUri $baseUri -RetryIntervalSec 0 } | Should -Throw -ErrorId 'LiveDesk.InvalidResponse,*'
        Connect-LiveDesk -Credential $credential -BaseUri $baseUri -RetryIntervalSec 0 -SkipCredentialCheck
        Get-LiveDeskContact -First 1 -ErrorVariable getErrors -ErrorAction SilentlyContinue
        Set-LiveDeskContact -Id 1 -Name 'x' -ErrorVariable setErrors -ErrorAction SilentlyContinue
        @($getErrors | Get-ErrorIdPrefix) | Should -Be @('LiveDesk.InvalidResponse')
        @($setErrors | Get-ErrorIdPrefix) | Should -Be @('LiveDesk.InvalidResponse')
    }

    It 'a list whose server ignores page stops with LiveDesk.InvalidResponse' {
        $run = Invoke-HostileCase -Mode 'ignore-page' -Case ($connect + '@(Get-LiveDeskContact -ErrorAction SilentlyContinue).Count')
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.InvalidResponse')
        # It noticed at the second page, not after 300 pages of the same 15 contacts: page 1, then at most the
        # -ThrottleLimit (16) pages read ahead concurrently.
        @(Get-HostileTraffic 'ignore-page').Count | Should -BeLessOrEqual 17
    }
}

Describe 'Lists that lie about their size' {
    BeforeEach { Reset-HostileRequest $hs }

    It 'a listing that runs past the count it announced (<Mode>) stops with LiveDesk.InvalidResponse' -ForEach @(
        @{ Mode = 'growing-count' }
        @{ Mode = 'no-count' }
    ) {
        $run = Invoke-HostileCase -Mode $Mode -Case ($connect + '@(Get-LiveDeskContact -ErrorAction SilentlyContinue).Count')
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.InvalidResponse')
        # the announced page, ten pages of growth, and the pages read ahead meanwhile
        @(Get-HostileTraffic $Mode).Count | Should -BeLessOrEqual 40
    }

    It '-MatchBy Index against <Mode> does not grow the process past -MaximumIndexMB' -ForEach @(
        @{ Mode = 'growing-count'; ErrorId = 'LiveDesk.InvalidResponse'; Warning = $null }
        @{ Mode = 'no-count'; ErrorId = 'LiveDesk.InvalidResponse'; Warning = $null }
        @{ Mode = 'huge-count'; ErrorId = 'LiveDesk.ContactNotFound'; Warning = '1000000000000 contacts' }
        @{ Mode = 'fat-list'; ErrorId = 'LiveDesk.ContactNotFound'; Warning = 'reached the 8 MB' }
    ) {
        # Before the bound this grew by 415 MB in 14 s. The case reports how far the process's peak working set rose
        # above the peak it had already reached (module loaded, connected): fat-list unbounded would hold over 70 MB.
        # The documented bound is the index's 8 MB plus the pages in flight (-ThrottleLimit 2: at most 2 answers of
        # 1 MiB, parsed, and each answer's scrubbed copy, since server text is scrubbed of secrets as it arrives) plus
        # what the runtime keeps before it collects.
        $case = $connect + '$p = [Diagnostics.Process]::GetCurrentProcess(); $before = $p.PeakWorkingSet64; ' +
            '$null = Get-LiveDeskContact -Email ''x@hostile.example'' -MatchBy Index -MaximumIndexMB 8 -ThrottleLimit 2 -ErrorAction SilentlyContinue -WarningVariable w -WarningAction SilentlyContinue; ' +
            '$p.Refresh(); [math]::Round(($p.PeakWorkingSet64 - $before) / 1MB, 1); @($w).Count; "$w"'
        $run = Invoke-HostileCase -Mode $Mode -Case $case
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        @($run.Result.ErrorIds) | Should -Be @($ErrorId)
        [double]$run.Result.Output[0] | Should -BeLessThan 50
        if ($Warning) {
            $run.Result.Output[1] | Should -Be '1' -Because 'one warning says the lookups search instead'
            $run.Result.Output[2] | Should -BeLike "*$Warning*"
        }
    }
}

Describe 'Paging and id ranges' {
    BeforeEach { Reset-HostileRequest $hs }

    It '-Skip 40000000000 is refused or handled without sending a negative page' {
        $run = Invoke-HostileCase -Mode 'ok' -Case ($connect + 'Get-LiveDeskContact -Skip 40000000000 -First 1 -ErrorAction SilentlyContinue')
        Assert-HostAlive $run
        $run.Result.Seconds | Should -BeLessThan 20
        # A validation error or an empty result are both fine; a wrapped-around page number is not.
        @(Get-HostileTraffic 'ok' | Where-Object { $_.target -match 'page=-' }) | Should -BeNullOrEmpty
    }

    It '-InboxId 2^63 (a double) is refused, not clamped and sent' {
        $run = Invoke-HostileCase -Mode 'ok' -Case ($connect + 'New-LiveDeskContact -InboxId ([math]::Pow(2, 63)) -Name ''big'' -ErrorAction SilentlyContinue')
        Assert-HostAlive $run
        @($run.Result.ErrorIds).Count | Should -BeGreaterThan 0
        @(Get-HostileTraffic 'ok' | Where-Object { $_.method -eq 'POST' }) | Should -BeNullOrEmpty
    }
}

Describe 'Arrays in contact fields' {
    BeforeEach { Reset-HostileRequest $hs }

    It 'a single-element array is unwrapped and sent (<Case>)' -ForEach @(
        @{ Case = 'pscustomobject'; Row = '[pscustomobject]@{ Name = ''one''; Email = @(''solo@example.com'') }' }
        @{ Case = 'ConvertFrom-Json'; Row = '(''{"Name":"one","Email":["solo@example.com"]}'' | ConvertFrom-Json)' }
    ) {
        $run = Invoke-HostileCase -Mode 'ok' -Case ($connect + $Row + ' | New-LiveDeskContact -InboxId 407 -ErrorAction SilentlyContinue | ForEach-Object { $_.Outcome }')
        Assert-HostAlive $run
        @($run.Result.ErrorIds) | Should -BeNullOrEmpty
        $posts = @(Get-HostileTraffic 'ok' | Where-Object { $_.method -eq 'POST' })
        $posts.Count | Should -Be 1
        $posts[0].body | Should -Match 'solo@example\.com'
    }

    # Several e-mails or phone numbers take the first with a warning (real exports hold lists there; tested in Import.Sources.Tests.ps1);
    # several values in any other field cannot be chosen between.
    It 'several names in one row fail the row with LiveDesk.InvalidInput and send nothing' {
        $case = $connect + '[pscustomobject]@{ Name = @(''one'', ''two''); Email = ''a@example.com'' } | New-LiveDeskContact -InboxId 407 -ErrorAction SilentlyContinue
            [pscustomobject]@{ Id = 5; Name = @(''one'', ''two'') } | Set-LiveDeskContact -ErrorAction SilentlyContinue'
        $run = Invoke-HostileCase -Mode 'ok' -Case $case
        Assert-HostAlive $run
        @($run.Result.ErrorIds) | Should -Be @('LiveDesk.InvalidInput', 'LiveDesk.InvalidInput')
        @(Get-HostileTraffic 'ok') | Should -BeNullOrEmpty
    }
}

Describe 'Odd custom attributes and text' {
    BeforeEach { Reset-HostileRequest $hs }

    It 'a cyclic hashtable, NaN, Infinity, depth 17, [xml] and a script block each fail their row; the host lives' {
        $case = $connect + '$h = @{ a = 1 }; $h.self = $h
            $deep = @{ leaf = 1 }; for ($i = 0; $i -lt 17; $i++) { $deep = @{ n = $deep } }
            Set-LiveDeskContact -Id 5 -CustomAttribute $h -ErrorAction SilentlyContinue
            Set-LiveDeskContact -Id 5 -CustomAttribute @{ n = [double]::NaN } -ErrorAction SilentlyContinue
            Set-LiveDeskContact -Id 5 -CustomAttribute @{ n = [double]::PositiveInfinity } -ErrorAction SilentlyContinue
            Set-LiveDeskContact -Id 5 -CustomAttribute $deep -ErrorAction SilentlyContinue
            Set-LiveDeskContact -Id 5 -CustomAttribute @{ x = [xml]''<a><b><c/></b></a>'' } -ErrorAction SilentlyContinue
            Set-LiveDeskContact -Id 5 -CustomAttribute @{ s = { Get-Date } } -ErrorAction SilentlyContinue
            ''alive'''
        $run = Invoke-HostileCase -Mode 'ok' -Case $case
        Assert-HostAlive $run
        $run.Result.Output | Should -Contain 'alive'
        @($run.Result.ErrorIds) | Should -Be (@('LiveDesk.InvalidInput') * 6)
        @($run.Result.Targets) | Should -Be (@('5') * 6)
        $run.Result.Seconds | Should -BeLessThan 20
        @(Get-HostileTraffic 'ok') | Should -BeNullOrEmpty
    }

    It 'a [pscustomobject] and nested hashtables are sent as JSON objects' {
        Connect-LiveDesk -Credential $credential -BaseUri (Get-HostileBaseUri $hs 'ok') -RetryIntervalSec 0 -SkipCredentialCheck
        $null = Set-LiveDeskContact -Id 5 -CustomAttribute @{ p = [pscustomobject]@{ x = 1; y = @{ z = 'q' } }; list = @(1, 'two') }
        $patch = @(Get-HostileTraffic 'ok' | Where-Object { $_.method -eq 'PATCH' })
        $patch.Count | Should -Be 1
        $sent = ($patch[0].body | ConvertFrom-Json).custom_attributes
        $sent.p.x | Should -Be 1
        $sent.p.y.z | Should -Be 'q'
        @($sent.list) | Should -Be @(1, 'two')
    }

    It 'a lone surrogate in a contact field is LiveDesk.InvalidInput, not a silent U+FFFD' {
        Connect-LiveDesk -Credential $credential -BaseUri (Get-HostileBaseUri $hs 'ok') -RetryIntervalSec 0 -SkipCredentialCheck
        $broken = 'Bo ' + [char]0xD83D
        [pscustomobject]@{ Name = $broken } | New-LiveDeskContact -InboxId 407 -ErrorVariable newErrors -ErrorAction SilentlyContinue
        Set-LiveDeskContact -Id 5 -Name $broken -ErrorVariable setErrors -ErrorAction SilentlyContinue
        @($newErrors | Get-ErrorIdPrefix) | Should -Be @('LiveDesk.InvalidInput')
        @($setErrors | Get-ErrorIdPrefix) | Should -Be @('LiveDesk.InvalidInput')
        @(Get-HostileTraffic 'ok') | Should -BeNullOrEmpty
    }
}

Describe 'Proxies' {
    BeforeEach { Reset-HostileRequest $hs }

    It 'with HTTP_PROXY set, a loopback base URI bypasses the proxy: no Authorization reaches it' {
        # Both spellings: environment variables are case-sensitive outside Windows, and .NET reads either.
        $environment = [hashtable]::new([StringComparer]::Ordinal)
        foreach ($name in 'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy') { $environment[$name] = $hs.Proxy }
        foreach ($name in 'NO_PROXY', 'no_proxy') { $environment[$name] = $null }
        # PowerShell's own update check and telemetry would go to the proxy too; they are not under test.
        $environment['POWERSHELL_UPDATECHECK'] = 'Off'
        $environment['POWERSHELL_TELEMETRY_OPTOUT'] = '1'
        $case = 'Connect-LiveDesk -Credential $Credential -BaseUri $BaseUri -RetryIntervalSec 0
            (Get-LiveDeskContact -First 1).Id
            ([pscustomobject]@{ Name = ''px''; Email = ''px@example.com'' } | New-LiveDeskContact -InboxId 407).Outcome
            (Set-LiveDeskContact -Id 1 -Name ''px'').Id
            (Get-LiveDeskConnection).Proxy'
        $run = Invoke-HostileCase -Mode 'ok' -Case $case -Environment $environment
        Assert-HostAlive $run
        @($run.Result.ErrorIds) | Should -BeNullOrEmpty
        $run.Result.Seconds | Should -BeLessThan 20
        $run.Result.Output[-1] | Should -BeLike 'None*'
        $traffic = @(Get-HostileRequest $hs)
        $port = ([uri]$hs.Origin).Port
        @($traffic | Where-Object { $_.listener -eq 'proxy' -and $_.target -match ":$port" }) | Should -BeNullOrEmpty
        @($traffic | Where-Object { $_.listener -eq 'proxy' -and $_.authorization }) | Should -BeNullOrEmpty
        @($traffic | Where-Object { $_.listener -eq 'origin' -and $_.authorization }).Count | Should -Be 4
    }

    # .NET Framework never sends loopback requests through a proxy, not even an explicit one.
    It 'an explicit -Proxy is used even for a loopback base URI (documented decision) and shown without credentials' -Skip:($PSVersionTable.PSEdition -eq 'Desktop') {
        $proxySecret = 'Proxy-Pass-0815'
        $proxyCredential = [pscredential]::new('proxy-user', (ConvertTo-SecureString $proxySecret -AsPlainText -Force))
        $connection = Connect-LiveDesk -Credential $credential -BaseUri (Get-HostileBaseUri $hs 'ok') -RetryIntervalSec 0 -Proxy $hs.Proxy -ProxyCredential $proxyCredential -PassThru
        $connection.Proxy | Should -Be $hs.Proxy
        ($connection | Format-List * | Out-String) | Should -Not -Match $proxySecret
        @(Get-HostileRequest $hs | Where-Object { $_.listener -eq 'proxy' }).Count | Should -Be 1
    }

    It 'a proxy answering 407 is LiveDesk.ProxyAuthenticationRequired, not "LiveDesk answered 407" (<Case>)' -ForEach @(
        # The targets are never resolved or contacted: the client hands them to the proxy, which serves or refuses
        # them itself. A non-loopback name also keeps .NET Framework (5.1) from bypassing the proxy.
        @{ Case = 'http target'; BaseUri = 'http://livedesk.invalid/m/proxy-auth/' }
        @{ Case = 'https target, CONNECT refused'; BaseUri = 'https://livedesk.invalid/' }
    ) {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $err = $null
        try { Connect-LiveDesk -Credential $credential -BaseUri $BaseUri -RetryIntervalSec 0 -Proxy $hs.Proxy -AllowUnencryptedAuthentication }
        catch { $err = $_ }
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 20
        $err | Should -Not -BeNullOrEmpty
        $err | Get-ErrorIdPrefix | Should -Be 'LiveDesk.ProxyAuthenticationRequired'
        $err.Exception.Message | Should -Not -Match 'LiveDesk answered'
        $err.Exception.Message | Should -Match 'ProxyCredential'
    }

    It 'with -ProxyCredential the proxy that asked for credentials lets the request through' {
        $proxyCredential = [pscredential]::new('proxy-user', (ConvertTo-SecureString 'Proxy-Pass-0815' -AsPlainText -Force))
        Connect-LiveDesk -Credential $credential -BaseUri 'http://livedesk.invalid/m/proxy-auth/' -RetryIntervalSec 0 -Proxy $hs.Proxy -ProxyCredential $proxyCredential -AllowUnencryptedAuthentication
        (Get-LiveDeskContact -First 1).Name | Should -BeExactly $contactName
        @(Get-HostileRequest $hs | Where-Object { $_.listener -eq 'proxy' -and $_.proxyAuthorization }).Count | Should -BeGreaterThan 0
    }

    It 'refuses <Case> with LiveDesk.InvalidProxy' -ForEach @(
        @{ Case = '-ProxyCredential without -Proxy'; Extra = @{ ProxyCredential = [pscredential]::new('u', (ConvertTo-SecureString 'Proxy-Pass-0815' -AsPlainText -Force)) } }
        @{ Case = '-Proxy with -NoProxy'; Extra = @{ Proxy = 'http://127.0.0.1:9'; NoProxy = $true } }
        @{ Case = 'a proxy address with a password'; Extra = @{ Proxy = 'http://u:Proxy-Pass-0815@127.0.0.1:9' } }
    ) {
        $err = $null
        try { Connect-LiveDesk -Credential $credential -BaseUri (Get-HostileBaseUri $hs 'ok') -SkipCredentialCheck @Extra }
        catch { $err = $_ }
        $err | Get-ErrorIdPrefix | Should -Be 'LiveDesk.InvalidProxy'
        "$err" | Should -Not -Match 'Proxy-Pass-0815'
    }
}

Describe 'Secrets in the base URI and the SecureString' {
    It 'refuses user info in -BaseUri without echoing the secret' {
        $uri = "http://hostile-key:$secretText@127.0.0.1:9/"
        $err = $null
        try { Connect-LiveDesk -Credential $credential -BaseUri $uri -SkipCredentialCheck } catch { $err = $_ }
        $err | Get-ErrorIdPrefix | Should -Be 'LiveDesk.InvalidBaseUri'
        ($err | Format-List * -Force | Out-String) | Should -Not -Match $secretText
    }

    It 'refuses user info in LIVEDESK_BASE_URI without echoing the secret' {
        $saved = $env:LIVEDESK_BASE_URI
        $env:LIVEDESK_BASE_URI = "http://hostile-key:$secretText@127.0.0.1:9/"
        try {
            $err = $null
            try { Connect-LiveDesk -Credential $credential -SkipCredentialCheck } catch { $err = $_ }
            $err | Get-ErrorIdPrefix | Should -Be 'LiveDesk.InvalidBaseUri'
            ($err | Format-List * -Force | Out-String) | Should -Not -Match $secretText
        }
        finally { $env:LIVEDESK_BASE_URI = $saved }
    }

    It 'keeps working after the caller disposes the SecureString it connected with (<Case>)' -ForEach @(
        @{ Case = '-ApiSecret' }, @{ Case = '-Credential' }
    ) {
        $secure = ConvertTo-SecureString $secretText -AsPlainText -Force
        if ($Case -eq '-ApiSecret') {
            Connect-LiveDesk -ApiKey 'hostile-key' -ApiSecret $secure -BaseUri (Get-HostileBaseUri $hs 'ok') -RetryIntervalSec 0
        }
        else {
            Connect-LiveDesk -Credential ([pscredential]::new('hostile-key', $secure)) -BaseUri (Get-HostileBaseUri $hs 'ok') -RetryIntervalSec 0
        }
        $secure.Dispose()
        (Get-LiveDeskContact -First 1).Name | Should -BeExactly $contactName
    }
}
