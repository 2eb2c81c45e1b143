#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Send-LiveDeskMessage against the real sandbox process, through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    Connect-TestSandbox -Sandbox $sb

    function New-Conversations([int] $Count) {
        1..$Count | ForEach-Object { [pscustomobject]@{ Name = "msg $_"; Email = "msg.$_@example.com" } } |
            New-LiveDeskContact -InboxId 407 | New-LiveDeskConversation
    }
    function Get-Messages { @(Get-LiveDeskSandboxMessage -Sandbox $sb) }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Send-LiveDeskMessage' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FaultEndpoint all
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    Context 'binding' {
        It 'sends one message into each piped conversation and returns it' {
            $conversations = @(New-Conversations 3)
            $out = @($conversations | Send-LiveDeskMessage -Content 'Welcome to Contoso support')
            $out.Count | Should -Be 3
            $out[0] | Should -BeOfType ([LiveDesk.Models.LiveDeskMessage])
            $out.ConversationId | Should -Be $conversations.Id
            $out.MessageType | Sort-Object -Unique | Should -BeExactly 'Outgoing'
            $out.Private | Sort-Object -Unique | Should -Be $false
            $stored = Get-Messages
            $stored.Count | Should -Be 3
            $stored.content | Sort-Object -Unique | Should -BeExactly 'Welcome to Contoso support'
            $stored.message_type | Sort-Object -Unique | Should -Be 1
        }

        It 'runs a -Content script block once per piped object' {
            $conversations = @(New-Conversations 3)
            $out = @($conversations | Send-LiveDeskMessage -Content { "Welcome, $($_.Contact.Name)" })
            $out.Content | Should -Be 'Welcome, msg 1', 'Welcome, msg 2', 'Welcome, msg 3'
            # Conversations are created concurrently, so their ids need not follow the contacts' order: each
            # conversation is checked for its own contact's text.
            $stored = Get-Messages
            $stored.Count | Should -Be 3
            foreach ($c in $conversations) {
                @($stored | Where-Object conversation_id -eq $c.Id).content | Should -BeExactly "Welcome, $($c.Contact.Name)"
            }
        }

        It 'refuses a -Content script block without pipeline input instead of sending its text' {
            $conversation = New-Conversations 1
            { Send-LiveDeskMessage -ConversationId $conversation.Id -Content { 'hello' } -ErrorAction Stop } |
                Should -Throw -ErrorId 'ScriptBlockArgumentNoInput,*'
            (Get-Messages).Count | Should -Be 0
        }

        It 'sends a private note and a reply' {
            $conversation = New-Conversations 1
            $first = Send-LiveDeskMessage -ConversationId $conversation.Id -Content 'first'
            $note = Send-LiveDeskMessage -ConversationId $conversation.Id -Content 'note' -Private
            $reply = Send-LiveDeskMessage -ConversationId $conversation.Id -Content 'reply' -InReplyTo $first.Id
            $note.Private | Should -BeTrue
            $reply.InReplyTo | Should -Be $first.Id
            $stored = Get-Messages
            $stored[1].private | Should -BeTrue
            $stored[2].content_attributes.in_reply_to | Should -Be $first.Id
        }

        It 'binds ConversationId and Content columns of a row' {
            $conversations = @(New-Conversations 2)
            $rows = @(
                [pscustomobject]@{ ConversationId = "$($conversations[1].Id)"; Content = 'to the second' }
                [pscustomobject]@{ conversation_id = "$($conversations[0].Id)"; Content = 'to the first' }
            )
            $out = @($rows | Send-LiveDeskMessage)
            $out.ConversationId | Should -Be $conversations[1].Id, $conversations[0].Id
            $out.Content | Should -Be 'to the second', 'to the first'
        }

        It 'never sends to a conversation that has the id of a contact piped in by mistake' {
            $conversations = @(New-Conversations 3)
            $contact = Get-LiveDeskContact -Email 'msg.2@example.com'
            $conversations.Id | Should -Contain $contact.Id -Because 'the test needs a conversation with the contact''s id'
            $contact | Send-LiveDeskMessage -Content 'wrong' -ErrorVariable ev -ErrorAction SilentlyContinue
            @($ev).Count | Should -Be 1
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'InputObjectMissingMandatory,*'
            [pscustomobject]@{ Id = $conversations[0].Id; Content = 'wrong' } | Send-LiveDeskMessage -ErrorAction SilentlyContinue
            (Get-Messages).Count | Should -Be 0
        }

        It 'sends the messages of one conversation in input order' {
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyJitterMs 40
            $conversation = New-Conversations 1
            # Each message says which it is, so that the stored order can be told from any other.
            $expected = @(1..10 | ForEach-Object { "part $_" })
            $out = @($expected | ForEach-Object { [pscustomobject]@{ ConversationId = $conversation.Id; Content = $_ } } | Send-LiveDeskMessage)
            $out.Content | Should -Be $expected
            (Get-Messages).content | Should -Be $expected
        }
    }

    Context '-WhatIf' {
        It 'sends nothing' {
            $conversations = @(New-Conversations 2)
            @($conversations | Send-LiveDeskMessage -Content 'hello' -WhatIf).Count | Should -Be 0
            (Get-Messages).Count | Should -Be 0
        }
    }

    Context 'errors' {
        It 'refuses empty content before sending (<Case>)' -ForEach @(
            @{ Case = 'empty'; Content = '' }
            @{ Case = 'white space'; Content = " `t " }
        ) {
            $conversation = New-Conversations 1
            $before = (Get-LiveDeskSandboxStat -Sandbox $sb).requests
            $conversation | Send-LiveDeskMessage -Content $Content -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InvalidInput,*'
            $ev[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $ev[0].TargetObject | Should -Be $conversation
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $before
        }

        It 'refuses a script block that gives no text' {
            $conversation = New-Conversations 1
            $conversation | Send-LiveDeskMessage -Content { $null } -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InvalidInput,*'
            (Get-Messages).Count | Should -Be 0
        }

        It 'writes LiveDesk.ConversationNotFound with the row as TargetObject' {
            $row = [pscustomobject]@{ ConversationId = 4242; Content = 'hello' }
            $row | Send-LiveDeskMessage -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.ConversationNotFound,*'
            $ev[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $ev[0].Exception.Message | Should -Match '4242'
            $ev[0].TargetObject | Should -Be $row
        }
    }

    Context 'faults' {
        It 'stores no message twice under 30% commit-then-500, and every row is an output or an error' {
            $conversations = @(New-Conversations 40)
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FaultEndpoint messages -FailAfterCommitRate 0.3 -Seed 7 -LatencyJitterMs 20
            $out = @($conversations | Send-LiveDeskMessage -Content { "hello $($_.Id)" } -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev).Count | Should -BeGreaterThan 0 -Because 'about 12 of 40 fail after the commit'
            ($out.Count + @($ev).Count) | Should -Be 40
            foreach ($e in $ev) {
                $e.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.OutcomeUnknown,*'
                $e.Exception.Message | Should -Match "look at conversation $($e.TargetObject.Id) in LiveDesk"
            }
            $stored = Get-Messages
            @($stored | Group-Object conversation_id | Where-Object Count -gt 1).Count | Should -Be 0 -Because 'no message is sent twice'
            $stored.Count | Should -Be 40 -Because 'commit-then-500 stores every message once, answered or not'
            (Get-LiveDeskSandboxStat -Sandbox $sb).message_creates | Should -Be 40
        }

        It 'sends again what cannot have been processed (429)' {
            $conversations = @(New-Conversations 20)
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -RateLimit 10 -RateWindow 1
            $out = @($conversations | Send-LiveDeskMessage -Content 'paced' -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 20
            (Get-LiveDeskSandboxStat -Sandbox $sb).rate_limited | Should -BeGreaterThan 0
            $stored = Get-Messages
            $stored.Count | Should -Be 20
            @($stored | Group-Object conversation_id | Where-Object Count -gt 1).Count | Should -Be 0
        }
    }
}
