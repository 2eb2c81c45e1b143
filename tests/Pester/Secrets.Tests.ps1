#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The API secret never shows: not in any of the six streams with -Verbose -Debug, not in a transcript,
# not in the connection's formatting, not in error records or exception messages. Against the real
# sandbox process (started with a distinctive secret), through the staged module (out/LiveDesk).

BeforeDiscovery {
    $forbiddenCases = @(
        @{ What = 'the API secret' }
        @{ What = 'the wrong secret of the 401 case' }
        @{ What = 'base64 of key:secret' }
        @{ What = 'base64 of key:wrong secret' }
        @{ What = 'an Authorization: Basic header' }
    )
}

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $key = 'pester-key-7d41'
    $secret = 'Zebra-S3cr3t-9f2c-Quokka'
    $wrongSecret = 'Wrong-S3cr3t-4b1e-Walrus'
    $sb = Start-LiveDeskSandbox -ApiKey $key -ApiSecret $secret
    $modulePath = (Get-LiveDeskTestPath).Module

    $patterns = @{
        'the API secret'                   = [regex]::Escape($secret)
        'the wrong secret of the 401 case' = [regex]::Escape($wrongSecret)
        'base64 of key:secret'             = [regex]::Escape([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("${key}:$secret")))
        'base64 of key:wrong secret'       = [regex]::Escape([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("${key}:$wrongSecret")))
        'an Authorization: Basic header'   = '(?i)Authorization\s*[:=]\s*Basic'
    }

    # Everything a user could print: each item as formatted text, its string form, and for error records
    # Format-List * -Force, the exception chain and the invocation info.
    function ConvertTo-AllText([object[]] $Items) {
        foreach ($item in $Items) {
            if ($null -eq $item) { continue }
            "$item"
            $item | Out-String -Width 500
            $item | Format-List * -Force | Out-String -Width 500
            if ($item -is [System.Management.Automation.ErrorRecord]) {
                $item.Exception.ToString()
                $item.Exception.Message
                "$($item.ErrorDetails)"
                $item.TargetObject | Format-List * -Force | Out-String -Width 500
                $item.Exception | Format-List * -Force | Out-String -Width 500
            }
            if ($item -is [System.Management.Automation.InformationRecord]) { "$($item.MessageData)" }
        }
    }

    Reset-TestSandbox -Sandbox $sb
    $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FailAfterCommitRate 0.15 -DropRate 0.1 -FailRate 0.05 -Seed 11
    Reset-LiveDeskSandbox -Sandbox $sb

    $rows = @(New-TestContactRow -Count 40 -Prefix 'secret') + @(New-TestContactRow -Count 20 -Prefix 'anon' -NameOnly) +
        @([pscustomobject]@{ inbox_id = '407'; name = 'Invalid'; email = 'no-at-sign'; phone_number = ''; identifier = '' })
    $credential = [pscredential]::new($key, (New-TestSecret $secret))

    # 1) in this process: all six streams merged into the output
    $captured = @(& {
            $conn = Connect-LiveDesk -Credential $credential -BaseUri $sb.Uri -RetryIntervalSec 0 -PassThru -Verbose -Debug
            $conn
            $conn.ToString()
            Get-LiveDeskConnection | Format-List * | Out-String
            Get-LiveDeskConnection | Format-Table | Out-String
            # -Debug makes warnings inquire; the warning stream is still captured with -WarningAction Continue.
            $rows | New-LiveDeskContact -ThrottleLimit 8 -Verbose -Debug -ErrorAction Continue -InformationAction Continue -WarningAction Continue
            Get-LiveDeskContact -First 20 -Verbose -Debug
            Get-LiveDeskContact -Email 'secret.00001@example.com' -Verbose -Debug
            Set-LiveDeskContact -Id 1 -Name 'Renamed' -Verbose -Debug
            Write-Warning 'marker warning'
            try {
                Connect-LiveDesk -ApiKey $key -ApiSecret (New-TestSecret $wrongSecret) -BaseUri $sb.Uri -Verbose -Debug
            }
            catch { $_ }
            $bad = Connect-LiveDesk -ApiKey $key -ApiSecret (New-TestSecret $wrongSecret) -BaseUri $sb.Uri -SkipCredentialCheck -PassThru -Verbose
            try { $rows[0..5] | New-LiveDeskContact -Connection $bad -Verbose -Debug -WarningAction Continue } catch { $_ }
            try { Get-LiveDeskContact -Connection $bad -Verbose -Debug } catch { $_ }
            $bad | Format-List * -Force | Out-String
        } *>&1)
    $capturedText = @(ConvertTo-AllText $captured) + @(ConvertTo-AllText @($Error)) -join "`n"

    # 2) in a child pwsh: the same kind of run with everything going to the host, under Start-Transcript
    $transcript = Join-Path $TestDrive 'transcript.txt'
    $childScript = Join-Path $TestDrive 'secret-run.ps1'
    Set-Content -LiteralPath $childScript -Value @'
# The secrets come in environment variables: a command line would show in the transcript's header.
param($ModulePath, $Transcript)
$Uri = $env:LIVEDESK_BASE_URI
$Key = $env:LIVEDESK_API_KEY
$WrongSecret = $env:PESTER_WRONG_SECRET
$VerbosePreference = 'Continue'
$DebugPreference = 'Continue'
$InformationPreference = 'Continue'
$ErrorActionPreference = 'Continue'
Import-Module $ModulePath
Start-Transcript -LiteralPath $Transcript -IncludeInvocationHeader | Out-Null
try {
    $conn = Connect-LiveDesk -RetryIntervalSec 0 -PassThru
    $conn | Format-List *
    $conn.ToString()
    $rows = @(1..30 | ForEach-Object { [pscustomobject]@{ name = "child $_"; email = "child$_@example.com" } }) +
        @(1..10 | ForEach-Object { [pscustomobject]@{ name = "child anon $_" } }) + @([pscustomobject]@{ name = 'bad'; email = 'bad' })
    $rows | New-LiveDeskContact -InboxId 407
    $Error | ForEach-Object { $_ | Format-List * -Force; $_.Exception.ToString() }
    try { Connect-LiveDesk -ApiKey $Key -ApiSecret (ConvertTo-SecureString $WrongSecret -AsPlainText -Force) -BaseUri $Uri }
    catch { $_ | Format-List * -Force; $_.Exception.ToString() }
    $bad = Connect-LiveDesk -ApiKey $Key -ApiSecret (ConvertTo-SecureString $WrongSecret -AsPlainText -Force) -BaseUri $Uri -SkipCredentialCheck -PassThru
    try { $rows[0..3] | New-LiveDeskContact -InboxId 407 -Connection $bad }
    catch { $_ | Format-List * -Force; $_.Exception.ToString() }
}
finally { Stop-Transcript | Out-Null }
'@
    $child = Invoke-ChildPwsh -ScriptPath $childScript -TimeoutSec 120 -ArgumentList $modulePath, $transcript -Environment @{
        LIVEDESK_API_KEY = $key; LIVEDESK_API_SECRET = $secret; LIVEDESK_BASE_URI = $sb.Uri; PESTER_WRONG_SECRET = $wrongSecret
    }
    $childText = $child.Output -join "`n"
    $transcriptText = if (Test-Path -LiteralPath $transcript) { Get-Content -Raw -LiteralPath $transcript } else { '' }
    $stats = Get-LiveDeskSandboxStat -Sandbox $sb
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Secrets' {
    Context 'the run was a real one' {
        It 'captured every stream in this process' {
            @($captured | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -BeGreaterThan 10
            @($captured | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }).Count | Should -BeGreaterThan 0
            @($captured | Where-Object { $_ -is [System.Management.Automation.InformationRecord] }).Count | Should -BeGreaterThan 0
            @($captured | Where-Object { $_ -is [LiveDesk.Models.LiveDeskContact] }).Count | Should -BeGreaterThan 40
        }

        It 'hit faults, an invalid row, outcome-unknown rows and 401s' {
            $stats.faults.total | Should -BeGreaterThan 0
            $stats.status.'401' | Should -BeGreaterOrEqual 2
            $ids = @($captured | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Get-ErrorIdPrefix)
            $ids | Should -Contain 'LiveDesk.InvalidEmail'
            $ids | Should -Contain 'LiveDesk.OutcomeUnknown'
            $ids | Should -Contain 'LiveDesk.AuthenticationFailed'
        }

        It 'wrote the transcript and the child''s output' {
            $child.ExitCode | Should -Be 0 -Because $childText
            $transcriptText | Should -Match 'POST http://127\.0\.0\.1:\d+/api/v2/accounts/contacts -> 200'
            $transcriptText | Should -Match 'LiveDesk\.AuthenticationFailed'
            $transcriptText | Should -Match 'LiveDesk import: \d+ created'
            $childText | Should -Match 'LiveDesk\.InvalidEmail'
        }

        It 'shows the masked key, so the test would see a leak' {
            $capturedText | Should -Match ([regex]::Escape('***********7d41'))
            $transcriptText | Should -Match ([regex]::Escape('***********7d41'))
        }
    }

    Context 'nothing contains <What>' -ForEach $forbiddenCases {
        It 'not the six streams of this process, the error records or $Error' {
            $capturedText | Should -Not -Match $patterns[$What]
        }

        It 'not the transcript' {
            $transcriptText | Should -Not -Match $patterns[$What]
        }

        It 'not the child''s console output' {
            $childText | Should -Not -Match $patterns[$What]
        }

        It 'not the connection: Format-List *, ToString(), ConvertTo-Json, Export-Clixml' {
            $conn = Connect-LiveDesk -Credential ([pscredential]::new($key, (New-TestSecret $secret))) -BaseUri $sb.Uri -SkipCredentialCheck -PassThru
            $xml = Join-Path $TestDrive 'conn.xml'
            $conn | Export-Clixml -LiteralPath $xml -Depth 3
            $text = @(
                Get-LiveDeskConnection | Format-List * -Force | Out-String
                $conn.ToString()
                $conn | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue
                Get-Content -Raw -LiteralPath $xml
                $conn.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" }
            ) -join "`n"
            $text | Should -Match '7d41'
            $text | Should -Not -Match $patterns[$What]
        }
    }
}
