#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The API channel's three steps as one pipeline, the way an API-channel import runs them:
#   Import-Csv | New-LiveDeskContact | New-LiveDeskConversation | Send-LiveDeskMessage
# against the sandbox with latency jitter, so that the requests of each step overlap and finish out of order.

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox

    function Write-Customers([int] $Count) {
        Write-TestCsv -Path "$TestDrive/new-customers.csv" -Row @(1..$Count | ForEach-Object {
                [pscustomobject]@{ Name = "Customer $_"; Email = "customer.$_@example.com" }
            })
    }

    # For each stored message: the e-mail of the contact of its conversation.
    function Get-MessageRecipients {
        $contacts = @{}; foreach ($c in Get-LiveDeskSandboxContact -Sandbox $sb) { $contacts[[long]$c.id] = $c.email }
        $conversations = @{}; foreach ($c in Get-LiveDeskSandboxConversation -Sandbox $sb) { $conversations[[long]$c.id] = [long]$c.contact_id }
        foreach ($m in Get-LiveDeskSandboxMessage -Sandbox $sb) {
            [pscustomobject]@{ Message = $m; Email = $contacts[$conversations[[long]$m.conversation_id]] }
        }
    }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'The API channel as one pipeline' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FaultEndpoint all -LatencyMs 5 -LatencyJitterMs 40
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'creates one conversation per contact and one message per conversation, output in input order' {
        $csv = Write-Customers 30
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $out = @(Import-Csv $csv |
                New-LiveDeskContact -InboxId 407 -IfExists Skip |
                New-LiveDeskConversation |
                Send-LiveDeskMessage -Content 'Welcome to Contoso support' -ErrorVariable ev)
        $watch.Stop()
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 30

        $contacts = @(Get-LiveDeskSandboxContact -Sandbox $sb)
        $conversations = @(Get-LiveDeskSandboxConversation -Sandbox $sb)
        $contacts.Count | Should -Be 30
        $conversations.Count | Should -Be 30
        @($conversations | Group-Object contact_id | Where-Object Count -ne 1).Count | Should -Be 0 -Because 'one conversation per contact'
        $recipients = @(Get-MessageRecipients)
        $recipients.Count | Should -Be 30
        @($recipients | Group-Object { $_.Message.conversation_id } | Where-Object Count -ne 1).Count | Should -Be 0 -Because 'one message per conversation'

        # Output order: the n-th message goes to the contact of the n-th row.
        $byConversation = @{}; foreach ($r in $recipients) { $byConversation[[long]$r.Message.conversation_id] = $r.Email }
        $emails = @($out | ForEach-Object { $byConversation[$_.ConversationId] })
        $emails | Should -Be @(1..30 | ForEach-Object { "customer.$_@example.com" })
        # The sandbox numbers conversations and messages as they arrive: with overlapping requests and 0-40 ms of
        # jitter some arrive out of input order, which a one-at-a-time pipeline would never show.
        $inOrder = ((1..30) -join ',')
        $overlapped = (($out.Id -join ',') -ne $inOrder) -or ((($out.ConversationId) -join ',') -ne $inOrder)
        Write-Host "Flow of 30 rows in $([int]$watch.Elapsed.TotalMilliseconds) ms; requests overlapped: $overlapped"
        $overlapped | Should -BeTrue -Because 'the steps send concurrently'
    }

    It 'personalises each message from the conversation''s contact' {
        $csv = Write-Customers 5
        $out = @(Import-Csv $csv | New-LiveDeskContact -InboxId 407 | New-LiveDeskConversation |
                Send-LiveDeskMessage -Content { "Welcome, $($_.Contact.Name)" })
        $out.Content | Should -Be @(1..5 | ForEach-Object { "Welcome, Customer $_" })
    }

    It 'opens a new conversation for contacts that exist when the flow runs again with -IfExists Skip' {
        $csv = Write-Customers 4
        $null = Import-Csv $csv | New-LiveDeskContact -InboxId 407 -IfExists Skip | New-LiveDeskConversation | Send-LiveDeskMessage -Content 'first'
        $second = @(Import-Csv $csv | New-LiveDeskContact -InboxId 407 -IfExists Skip | New-LiveDeskConversation | Send-LiveDeskMessage -Content 'second')
        $second.Count | Should -Be 4
        @(Get-LiveDeskSandboxContact -Sandbox $sb).Count | Should -Be 4
        @(Get-LiveDeskSandboxConversation -Sandbox $sb).Count | Should -Be 8
    }

    It 'under 30% commit-then-500 on messages stores no message twice, and every row is an output or an error' {
        $csv = Write-Customers 40
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FaultEndpoint messages -FailAfterCommitRate 0.3 -Seed 11
        $out = @(Import-Csv $csv |
                New-LiveDeskContact -InboxId 407 -IfExists Skip |
                New-LiveDeskConversation |
                Send-LiveDeskMessage -Content 'Welcome to Contoso support' -ErrorVariable ev -ErrorAction SilentlyContinue)
        @($ev).Count | Should -BeGreaterThan 0
        ($out.Count + @($ev).Count) | Should -Be 40 -Because 'every row is an output or an error'
        @($ev | Where-Object { $_.FullyQualifiedErrorId -notlike 'LiveDesk.OutcomeUnknown,*' }).Count | Should -Be 0
        @($ev.TargetObject | Where-Object { $_ -isnot [LiveDesk.Models.LiveDeskConversation] }).Count | Should -Be 0 -Because 'the TargetObject is the conversation piped in'

        @(Get-LiveDeskSandboxConversation -Sandbox $sb).Count | Should -Be 40
        $messages = @(Get-LiveDeskSandboxMessage -Sandbox $sb)
        @($messages | Group-Object conversation_id | Where-Object Count -gt 1).Count | Should -Be 0 -Because 'no message is stored twice'
        $messages.Count | Should -Be 40
        $sent = @($out.ConversationId) + @($ev.TargetObject.Id) | Sort-Object
        $sent | Should -Be (@($messages.conversation_id | ForEach-Object { [long]$_ }) | Sort-Object)
    }

    It 'stops all three steps promptly on Ctrl+C (Stop), and leaves no request running' {
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 300 -LatencyJitterMs 0
        $child = Start-ChildImport -Sandbox $sb -Script {
            1..1000 | ForEach-Object { [pscustomobject]@{ name = "stop $_"; email = "stop$_@example.com" } } |
                New-LiveDeskContact -InboxId 407 -ThrottleLimit 4 | New-LiveDeskConversation -ThrottleLimit 4 |
                Send-LiveDeskMessage -Content 'hello' -ThrottleLimit 4
        }
        # Stop once the last step is sending (module load and the first two steps come first; a busy machine is slow).
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while ((Get-LiveDeskSandboxStat -Sandbox $sb).message_creates -lt 3 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
        # Each step gives its in-flight requests a second to observe the cancellation; the slack is for a busy machine.
        $stats = Stop-ChildImport -Child $child -Sandbox $sb -WithinSec 8
        $stats.message_creates | Should -BeGreaterThan 2 -Because 'the messages step was running when it was stopped'
        $stats.requests | Should -BeLessThan 300
    }

    It 'shows nothing to send with -WhatIf on the first step' {
        $csv = Write-Customers 3
        $out = @(Import-Csv $csv | New-LiveDeskContact -InboxId 407 -WhatIf | New-LiveDeskConversation | Send-LiveDeskMessage -Content 'x')
        $out.Count | Should -Be 0
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0
    }
}
