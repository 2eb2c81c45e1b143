#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# New-LiveDeskConversation against the real sandbox process, through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox -Inbox 407, 408
    Connect-TestSandbox -Sandbox $sb

    function New-Contacts([int] $Count, [string] $Prefix = 'conv') {
        1..$Count | ForEach-Object { [pscustomobject]@{ Name = "$Prefix $_"; Email = "$Prefix.$_@example.com" } } | New-LiveDeskContact -InboxId 407
    }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'New-LiveDeskConversation' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FaultEndpoint all
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    Context 'binding' {
        It 'opens one conversation per piped contact, in the inbox the contact was created in, in input order' {
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyJitterMs 40
            $contacts = @(New-Contacts 12)
            $out = @($contacts | New-LiveDeskConversation -ErrorVariable ev)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 12
            $out[0] | Should -BeOfType ([LiveDesk.Models.LiveDeskConversation])
            $out.ContactId | Should -Be $contacts.Id -Because 'the output keeps the input order'
            $out.InboxId | Sort-Object -Unique | Should -Be 407
            $out.Status | Sort-Object -Unique | Should -Be 'open'
            $out[3].Contact.Name | Should -BeExactly 'conv 4'
            $out[0].CreatedAt | Should -Not -BeNullOrEmpty
            $stored = @(Get-LiveDeskSandboxConversation -Sandbox $sb)
            $stored.Count | Should -Be 12
            ($stored | Sort-Object contact_id).contact_id | Should -Be ($contacts.Id | Sort-Object)
        }

        It 'uses -InboxId from the command line over the contact''s inbox' {
            $contact = New-Contacts 1
            $out = $contact | New-LiveDeskConversation -InboxId 408
            $out.InboxId | Should -Be 408
            (Get-LiveDeskSandboxConversation -Sandbox $sb).inbox_id | Should -Be 408
        }

        It 'binds ContactId and InboxId columns of a CSV file' {
            $contacts = @(New-Contacts 2)
            $csv = Write-TestCsvText -Path "$TestDrive/ids.csv" -Line @('ContactId,InboxId', "$($contacts[0].Id),407", "$($contacts[1].Id),408")
            $out = @(Import-Csv $csv | New-LiveDeskConversation)
            $out.ContactId | Should -Be $contacts.Id
            $out.InboxId | Should -Be 407, 408
        }

        It 'binds source_id and inbox_id columns' {
            $contact = New-Contacts 1
            $row = [pscustomobject]@{ source_id = $contact.SourceId; inbox_id = '407' }
            $out = $row | New-LiveDeskConversation
            $out.ContactId | Should -Be $contact.Id
            $out.SourceId | Should -BeExactly $contact.SourceId
        }

        It 'never takes a bare Id column for a contact id' {
            $contact = New-Contacts 1
            [pscustomobject]@{ Id = $contact.Id; InboxId = 407 } | New-LiveDeskConversation -ErrorVariable ev -ErrorAction SilentlyContinue
            @($ev).Count | Should -Be 1
            @(Get-LiveDeskSandboxConversation -Sandbox $sb).Count | Should -Be 0
        }

        It 'uses the connection given with -Connection' {
            $contact = New-Contacts 1
            $connection = Connect-TestSandbox -Sandbox $sb -PassThru -SkipCredentialCheck
            $out = New-LiveDeskConversation -InboxId 407 -ContactId $contact.Id -Connection $connection
            $out.Id | Should -BeGreaterThan 0
        }

        It 'shows a table by default' {
            $text = New-Contacts 1 | New-LiveDeskConversation | Out-String
            $text | Should -Match 'Id\s+InboxId\s+Status\s+ContactId\s+Contact\s+CreatedAt'
            $text | Should -Match 'conv 1'
        }
    }

    Context 'connection' {
        It '<Command> without a connection fails with a terminating LiveDesk.NotConnected, without a request' -ForEach @(
            @{ Command = 'New-LiveDeskConversation'; Script = { New-LiveDeskConversation -InboxId 407 -ContactId 1 } }
            @{ Command = 'Send-LiveDeskMessage'; Script = { Send-LiveDeskMessage -ConversationId 1 -Content 'x' } }
        ) {
            Disconnect-LiveDesk
            $before = (Get-LiveDeskSandboxStat -Sandbox $sb).requests
            { & $Script -ErrorAction SilentlyContinue } | Should -Throw -ErrorId 'LiveDesk.NotConnected,*'
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $before
        }
    }

    Context '-WhatIf' {
        It 'creates nothing and outputs nothing' {
            $contacts = @(New-Contacts 3)
            $out = @($contacts | New-LiveDeskConversation -WhatIf)
            $out.Count | Should -Be 0
            @(Get-LiveDeskSandboxConversation -Sandbox $sb).Count | Should -Be 0
        }
    }

    Context 'errors' {
        It 'writes LiveDesk.ContactNotFound with the contact as TargetObject when the contact is gone' {
            $contacts = @(New-Contacts 2)
            $contacts[0].Id = 999999
            $out = @($contacts | New-LiveDeskConversation -ErrorVariable ev -ErrorAction SilentlyContinue)
            $out.Count | Should -Be 1
            @($ev).Count | Should -Be 1
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.ContactNotFound,*'
            $ev[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $ev[0].TargetObject | Should -Be $contacts[0]
        }

        It 'writes LiveDesk.InboxNotFound with the row as TargetObject for an unknown inbox' {
            $contact = New-Contacts 1
            $row = [pscustomobject]@{ ContactId = $contact.Id; InboxId = 999 }
            $row | New-LiveDeskConversation -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InboxNotFound,*'
            $ev[0].Exception.Message | Should -Match 'Inbox 999'
            $ev[0].TargetObject | Should -Be $row
        }

        It 'refuses a row before sending: <Case>' -ForEach @(
            @{ Case = 'contact id 0'; Row = [pscustomobject]@{ ContactId = 0; InboxId = 407 }; ErrorId = 'LiveDesk.InvalidInput' }
            @{ Case = 'empty source id'; Row = [pscustomobject]@{ SourceId = ' '; InboxId = 407 }; ErrorId = 'LiveDesk.InvalidInput' }
            @{ Case = 'inbox id 0'; Row = [pscustomobject]@{ ContactId = 1; InboxId = 0 }; ErrorId = 'LiveDesk.InvalidInboxId' }
        ) {
            $before = (Get-LiveDeskSandboxStat -Sandbox $sb).requests
            $Row | New-LiveDeskConversation -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $ev[0].TargetObject | Should -Be $Row
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $before
        }

        It 'does not send a conversation again after an unknown outcome (commit, then 500)' {
            $contact = New-Contacts 1
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FaultEndpoint conversations -FailAfterCommitRate 1
            $contact | New-LiveDeskConversation -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.OutcomeUnknown,*'
            $ev[0].Exception.Message | Should -Match "contact $($contact.Id)"
            $ev[0].Exception.Message | Should -Match 'conversations in LiveDesk before creating one again'
            @(Get-LiveDeskSandboxConversation -Sandbox $sb).Count | Should -Be 1 -Because 'the create was sent once'
        }
    }
}
