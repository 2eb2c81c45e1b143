#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Connect-LiveDesk against the real sandbox process, through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    $envNames = 'LIVEDESK_API_KEY', 'LIVEDESK_API_SECRET', 'LIVEDESK_BASE_URI'
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Connect-LiveDesk' {
    BeforeEach {
        Disconnect-LiveDesk
        Reset-TestSandbox -Sandbox $sb
        $savedEnv = @{}
        foreach ($n in $envNames) { $savedEnv[$n] = [Environment]::GetEnvironmentVariable($n); [Environment]::SetEnvironmentVariable($n, $null) }
    }
    AfterEach {
        foreach ($n in $envNames) { [Environment]::SetEnvironmentVariable($n, $savedEnv[$n]) }
    }

    Context 'credentials' {
        It 'connects with -Credential and checks it with one request' {
            $conn = Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -PassThru
            $conn | Should -BeOfType LiveDesk.Models.LiveDeskConnection
            $conn.CredentialChecked | Should -BeTrue
            $conn.BaseUri.AbsoluteUri | Should -Be "$($sb.Uri.TrimEnd('/'))/"
            $stats = Get-LiveDeskSandboxStat -Sandbox $sb
            $stats.requests | Should -Be 1
            $stats.status.'200' | Should -Be 1
        }

        It 'connects with -ApiKey and -ApiSecret' {
            $conn = Connect-LiveDesk -ApiKey $sb.ApiKey -ApiSecret (New-TestSecret $sb.ApiSecret) -BaseUri $sb.Uri -PassThru
            $conn.CredentialChecked | Should -BeTrue
            (Get-LiveDeskSandboxStat -Sandbox $sb).status.'200' | Should -Be 1
        }

        It 'reads LIVEDESK_API_KEY, LIVEDESK_API_SECRET and LIVEDESK_BASE_URI' {
            $env:LIVEDESK_API_KEY = $sb.ApiKey
            $env:LIVEDESK_API_SECRET = $sb.ApiSecret
            $env:LIVEDESK_BASE_URI = $sb.Uri
            $conn = Connect-LiveDesk -PassThru
            $conn.CredentialChecked | Should -BeTrue
            $conn.BaseUri.Authority | Should -Be ([uri]$sb.Uri).Authority
            $conn.ApiKey | Should -BeLike '*-key'
            (Get-LiveDeskSandboxStat -Sandbox $sb).status.'200' | Should -Be 1
        }

        It 'uses -BaseUri over LIVEDESK_BASE_URI' {
            $env:LIVEDESK_BASE_URI = 'https://example.invalid'
            $conn = Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -PassThru
            $conn.BaseUri.Authority | Should -Be ([uri]$sb.Uri).Authority
        }

        It 'fails with LiveDesk.MissingCredential when no credential is given (<Case>)' -ForEach @(
            @{ Case = 'nothing set'; Key = $null; Secret = $null }
            @{ Case = 'only the key'; Key = 'k-1234'; Secret = $null }
            @{ Case = 'only the secret'; Key = $null; Secret = 's-1234' }
        ) {
            $env:LIVEDESK_API_KEY = $Key
            $env:LIVEDESK_API_SECRET = $Secret
            { Connect-LiveDesk -BaseUri $sb.Uri } | Should -Throw -ErrorId 'LiveDesk.MissingCredential,*'
            Get-LiveDeskConnection | Should -BeNullOrEmpty
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0
        }

        It 'does not prompt in a non-interactive pwsh when no credential is given' {
            $script = Join-Path $TestDrive 'connect-nocred.ps1'
            Set-Content -LiteralPath $script -Value @'
param($ModulePath, $Uri)
Import-Module $ModulePath
try { Connect-LiveDesk -BaseUri $Uri -ErrorAction Stop; 'CONNECTED' }
catch { 'ERRORID=' + $_.FullyQualifiedErrorId }
'@
            $r = Invoke-ChildPwsh -ScriptPath $script -ArgumentList (Get-LiveDeskTestPath).Module, $sb.Uri -TimeoutSec 60 -Environment @{
                LIVEDESK_API_KEY = $null; LIVEDESK_API_SECRET = $null; LIVEDESK_BASE_URI = $null
            }
            $text = $r.Output -join "`n"
            $text | Should -Match 'ERRORID=LiveDesk\.MissingCredential' -Because $text
            $text | Should -Not -Match 'CONNECTED|Supply values|PromptForCredential'
        }

        It 'fails with a terminating LiveDesk.AuthenticationFailed on 401 (<Case>)' -ForEach @(
            @{ Case = 'wrong secret'; Key = 'sandbox-key'; Secret = 'not-the-secret' }
            @{ Case = 'wrong key'; Key = 'someone-else'; Secret = 'sandbox-secret' }
        ) {
            $after = $false
            try {
                Connect-LiveDesk -ApiKey $Key -ApiSecret (New-TestSecret $Secret) -BaseUri $sb.Uri -ErrorAction SilentlyContinue
                $after = $true
            }
            catch { $caught = $_ }
            $after | Should -BeFalse -Because 'a 401 must be terminating even with -ErrorAction SilentlyContinue'
            $caught.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.AuthenticationFailed*'
            $caught.CategoryInfo.Category | Should -Be 'AuthenticationError'
            Get-LiveDeskConnection | Should -BeNullOrEmpty
            (Get-LiveDeskSandboxStat -Sandbox $sb).status.'401' | Should -BeGreaterOrEqual 1
        }

        It 'keeps the previous connection when a new Connect-LiveDesk fails' {
            $good = Connect-TestSandbox -Sandbox $sb -PassThru
            { Connect-LiveDesk -ApiKey 'x-key' -ApiSecret (New-TestSecret 'wrong') -BaseUri $sb.Uri } | Should -Throw -ErrorId 'LiveDesk.AuthenticationFailed,*'
            [object]::ReferenceEquals((Get-LiveDeskConnection), $good) | Should -BeTrue
        }
    }

    Context 'base address' {
        It 'refuses http to <Uri> with LiveDesk.InsecureBaseUri before any request' -ForEach @(
            @{ Uri = 'http://example.invalid' }
            @{ Uri = 'http://example.invalid:8080/livedesk/' }
            @{ Uri = 'http://10.0.0.1' }
        ) {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            { Connect-LiveDesk -Credential $sb.Credential -BaseUri $Uri } | Should -Throw -ErrorId 'LiveDesk.InsecureBaseUri,*'
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 2 -Because 'it fails before sending anything'
            Get-LiveDeskConnection | Should -BeNullOrEmpty
        }

        It 'refuses an insecure LIVEDESK_BASE_URI too' {
            $env:LIVEDESK_BASE_URI = 'http://example.invalid'
            { Connect-LiveDesk -Credential $sb.Credential } | Should -Throw -ErrorId 'LiveDesk.InsecureBaseUri,*'
        }

        It 'connects to plain http on a non-loopback host with -AllowUnencryptedAuthentication -SkipCredentialCheck' {
            $conn = Connect-LiveDesk -Credential $sb.Credential -BaseUri 'http://example.invalid' -AllowUnencryptedAuthentication -SkipCredentialCheck -PassThru
            $conn.BaseUri.Host | Should -Be 'example.invalid'
            $conn.CredentialChecked | Should -BeFalse
            [object]::ReferenceEquals((Get-LiveDeskConnection), $conn) | Should -BeTrue
        }

        It 'rejects a base address that is not http(s): <Uri>' -ForEach @(
            @{ Uri = 'ftp://127.0.0.1/' }
            @{ Uri = 'file:///tmp/x' }
        ) {
            { Connect-LiveDesk -Credential $sb.Credential -BaseUri $Uri } | Should -Throw -ErrorId 'LiveDesk.InvalidBaseUri,*'
        }

        It 'fails with a terminating LiveDesk.HostUnreachable when nothing listens' {
            $port = Get-ClosedLoopbackPort
            $watch = [Diagnostics.Stopwatch]::StartNew()
            { Connect-LiveDesk -Credential $sb.Credential -BaseUri "http://127.0.0.1:$port" -RetryIntervalSec 0 -ErrorAction SilentlyContinue } |
                Should -Throw -ErrorId 'LiveDesk.HostUnreachable,*'
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 10
            Get-LiveDeskConnection | Should -BeNullOrEmpty
        }
    }

    Context '-SkipCredentialCheck and -PassThru' {
        It '-SkipCredentialCheck sends no request' {
            $conn = Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -SkipCredentialCheck -PassThru
            $conn.CredentialChecked | Should -BeFalse
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0
        }

        It 'without -PassThru writes nothing to the pipeline' {
            $out = @(Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -SkipCredentialCheck)
            $out.Count | Should -Be 0
            Get-LiveDeskConnection | Should -Not -BeNullOrEmpty
        }

        It '-PassThru shows only the last four characters of key <Key>' -ForEach @(
            @{ Key = 'sandbox-key'; Masked = '*******-key' }
            @{ Key = 'AbCdEfGh12345678'; Masked = '************5678' }
            @{ Key = 'abcde'; Masked = '*bcde' }
        ) {
            $conn = Connect-LiveDesk -ApiKey $Key -ApiSecret (New-TestSecret 'irrelevant') -BaseUri $sb.Uri -SkipCredentialCheck -PassThru
            $conn.ApiKey | Should -BeExactly $Masked
            ($conn | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($Key))
            $conn.ToString() | Should -Not -Match ([regex]::Escape($Key))
        }

        It 'Get-LiveDeskConnection returns the connection -PassThru returned' {
            $conn = Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri -PassThru
            $got = Get-LiveDeskConnection
            [object]::ReferenceEquals($got, $conn) | Should -BeTrue
            $got.ApiKey | Should -BeExactly '*******-key'
        }

        It 'Disconnect-LiveDesk forgets it; New-LiveDeskContact then fails with LiveDesk.NotConnected naming Connect-LiveDesk' {
            Connect-LiveDesk -Credential $sb.Credential -BaseUri $sb.Uri
            Disconnect-LiveDesk
            Get-LiveDeskConnection | Should -BeNullOrEmpty
            $caught = $null
            try { [pscustomobject]@{ name = 'x'; email = 'x@example.com' } | New-LiveDeskContact -InboxId 407 } catch { $caught = $_ }
            $caught | Should -Not -BeNullOrEmpty
            $caught.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.NotConnected*'
            $caught.Exception.Message | Should -Match 'Connect-LiveDesk'
            (Get-LiveDeskSandboxStat -Sandbox $sb).creates | Should -Be 0
        }
    }
}
