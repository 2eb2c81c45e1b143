#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Set-LiveDeskContact against the real sandbox process, through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck

    function Get-StoredById([long] $Id) { Get-LiveDeskSandboxContact -Sandbox $sb | Where-Object id -EQ $Id }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Set-LiveDeskContact' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        $alice, $bob = @(
            [pscustomobject]@{ name = 'Alice Before'; email = 'alice@example.com'; phone_number = '+4915100000001'; identifier = 'A-1' }
            [pscustomobject]@{ name = 'Bob Before'; email = 'bob@example.com'; phone_number = '+4915100000002'; identifier = 'B-2' }
        ) | New-LiveDeskContact -InboxId 407 -ErrorAction Stop
        $before = Get-LiveDeskSandboxStat -Sandbox $sb
    }

    It 'refuses a piped conversation instead of updating the contact that has the conversation''s id' {
        # Conversation 1 exists; so does contact 1 (Alice). A conversation's Id must not reach -Id.
        $conversation = $bob | New-LiveDeskConversation -ErrorAction Stop
        $conversation.Id | Should -Be $alice.Id
        $updatesBefore = (Get-LiveDeskSandboxStat -Sandbox $sb).updates
        $out = $conversation | Set-LiveDeskContact -Name 'Hijacked' -ErrorAction SilentlyContinue -ErrorVariable err
        $out | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InvalidInput*'
        $err[0].TargetObject.Id | Should -Be $conversation.Id
        (Get-StoredById $alice.Id).name | Should -BeExactly 'Alice Before'
        (Get-LiveDeskSandboxStat -Sandbox $sb).updates | Should -Be $updatesBefore
    }

    It 'renames a contact with -Id and -Name and leaves the other fields' {
        $out = Set-LiveDeskContact -Id $alice.Id -Name 'Alice After'
        $out | Should -BeOfType LiveDesk.Models.LiveDeskContact
        $out.Id | Should -Be $alice.Id
        $out.Name | Should -BeExactly 'Alice After'
        $s = Get-StoredById $alice.Id
        $s.name | Should -BeExactly 'Alice After'
        $s.email | Should -BeExactly 'alice@example.com'
        $s.phone_number | Should -BeExactly '+4915100000001'
        $s.identifier | Should -BeExactly 'A-1'
        (Get-StoredById $bob.Id).name | Should -BeExactly 'Bob Before'
        ((Get-LiveDeskSandboxStat -Sandbox $sb).updates - $before.updates) | Should -Be 1
    }

    It 'changes <Param> to <Value>' -ForEach @(
        @{ Param = 'Email'; Value = 'alice.new@example.com'; Field = 'email'; Stored = 'alice.new@example.com' }
        @{ Param = 'PhoneNumber'; Value = '+49 151 0000 0099'; Field = 'phone_number'; Stored = '+4915100000099' }
        @{ Param = 'Identifier'; Value = 'A-NEW'; Field = 'identifier'; Stored = 'A-NEW' }
        @{ Param = 'AvatarUrl'; Value = 'https://img.example.com/new.png'; Field = 'avatar_url'; Stored = 'https://img.example.com/new.png' }
    ) {
        $splat = @{ $Param = $Value }
        $null = Set-LiveDeskContact -Id $alice.Id @splat
        $s = Get-StoredById $alice.Id
        $s.$Field | Should -BeExactly $Stored
        $s.name | Should -BeExactly 'Alice Before'
    }

    It 'merges -CustomAttribute with the attributes the contact has' {
        $null = Set-LiveDeskContact -Id $alice.Id -CustomAttribute @{ plan = 'gold'; seats = 5 }
        $out = Set-LiveDeskContact -Id $alice.Id -CustomAttribute @{ region = 'EU'; plan = 'platinum' }
        $s = Get-StoredById $alice.Id
        $s.custom_attributes.plan | Should -BeExactly 'platinum'
        $s.custom_attributes.seats | Should -Be 5
        $s.custom_attributes.region | Should -BeExactly 'EU'
        $out.CustomAttributes['region'] | Should -BeExactly 'EU'
        $out.CustomAttributes['seats'] | Should -Be 5
    }

    It 'updates what Get-LiveDeskContact -Email finds: Get-LiveDeskContact -Email x | Set-LiveDeskContact -Name y' {
        $out = @(Get-LiveDeskContact -Email 'BOB@example.com' | Set-LiveDeskContact -Name 'Bob Piped')
        $out.Count | Should -Be 1
        $out[0].Id | Should -Be $bob.Id
        $s = Get-StoredById $bob.Id
        $s.name | Should -BeExactly 'Bob Piped'
        $s.email | Should -BeExactly 'bob@example.com'
        (Get-StoredById $alice.Id).name | Should -BeExactly 'Alice Before'
    }

    It 'updates every row piped in by ContactId' {
        $rows = @(
            [pscustomobject]@{ ContactId = $alice.Id; DisplayName = 'Alice Csv' }
            [pscustomobject]@{ ContactId = $bob.Id; DisplayName = 'Bob Csv' }
        )
        $out = @($rows | Set-LiveDeskContact)
        $out.Name | Should -Be 'Alice Csv', 'Bob Csv'
        (Get-StoredById $bob.Id).name | Should -BeExactly 'Bob Csv'
    }

    It 'sends nothing with -WhatIf' {
        $out = @(Set-LiveDeskContact -Id $alice.Id -Name 'Never' -WhatIf)
        $out.Count | Should -Be 0
        (Get-StoredById $alice.Id).name | Should -BeExactly 'Alice Before'
        $after = Get-LiveDeskSandboxStat -Sandbox $sb
        $after.requests | Should -Be $before.requests
        $after.updates | Should -Be 0
    }

    It 'writes LiveDesk.ContactNotFound for an unknown id' {
        $reached = $false
        $out = @(Set-LiveDeskContact -Id 999999 -Name 'Ghost' -ErrorVariable ev -ErrorAction SilentlyContinue; $reached = $true)
        $reached | Should -BeTrue -Because 'the error is not terminating'
        $out.Count | Should -Be 0
        @($ev).Count | Should -Be 1
        $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.ContactNotFound'
        $ev[0].TargetObject | Should -Be 999999
        $ev[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'writes LiveDesk.ContactDuplicate when the new <Param> belongs to another contact' -ForEach @(
        @{ Param = 'Email'; Value = 'ALICE@example.com' }
        @{ Param = 'PhoneNumber'; Value = '+4915100000001' }
        @{ Param = 'Identifier'; Value = 'A-1' }
    ) {
        $splat = @{ $Param = $Value }
        $out = @(Set-LiveDeskContact -Id $bob.Id @splat -ErrorVariable ev -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        @($ev).Count | Should -Be 1
        $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.ContactDuplicate'
        $s = Get-StoredById $bob.Id
        $s.email | Should -BeExactly 'bob@example.com'
        $s.phone_number | Should -BeExactly '+4915100000002'
        $s.identifier | Should -BeExactly 'B-2'
    }

    It 'rejects <Case> with <ErrorId> before sending' -ForEach @(
        @{ Case = 'an invalid e-mail'; Param = 'Email'; Value = 'not-an-email'; ErrorId = 'LiveDesk.InvalidEmail' }
        @{ Case = 'a phone number without +'; Param = 'PhoneNumber'; Value = '015112345678'; ErrorId = 'LiveDesk.InvalidPhoneNumber' }
        @{ Case = 'a non-http avatar'; Param = 'AvatarUrl'; Value = 'ftp://x/y.png'; ErrorId = 'LiveDesk.InvalidAvatarUrl' }
        @{ Case = 'a 256-character name'; Param = 'Name'; Value = ('n' * 256); ErrorId = 'LiveDesk.ValueTooLong' }
    ) {
        $splat = @{ $Param = $Value }
        $null = Set-LiveDeskContact -Id $alice.Id @splat -ErrorVariable ev -ErrorAction SilentlyContinue
        $ev[0] | Get-ErrorIdPrefix | Should -BeExactly $ErrorId
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $before.requests
    }

    Context 'many piped rows' {
        BeforeEach {
            # 60 more contacts, stored without going through the module: ids 3..62.
            $seed = @(1..60 | ForEach-Object { @{ name = "Bulk $_"; email = "bulk$_@example.com" } })
            $null = Add-LiveDeskSandboxContact -Sandbox $sb -Contact $seed
            $bulk = @(Get-LiveDeskSandboxContact -Sandbox $sb | Where-Object email -Like 'bulk*' | Sort-Object id)
        }

        It 'keeps several requests in flight and writes the updated contacts in input order' {
            # Rows in an order that is neither the ids' nor the server's: the output must follow it.
            $rows = @($bulk | Sort-Object { $_.name.Length }, { -$_.id } | ForEach-Object { [pscustomobject]@{ Id = $_.id; DisplayName = "$($_.name) renamed" } })
            # 20-60 ms per request at random, so requests in flight overtake each other.
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 20 -LatencyJitterMs 40
            try {
                $out = @($rows | Set-LiveDeskContact -CustomAttribute @{ plan = 'gold' } -ThrottleLimit 8 -ErrorVariable ev)
            }
            finally { $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 -LatencyJitterMs 0 }
            $stats = Get-LiveDeskSandboxStat -Sandbox $sb
            @($ev).Count | Should -Be 0
            $stats.updates | Should -Be 60
            # Counted at the server, not by time: how many updates waited there at once.
            $stats.peak_concurrent | Should -BeGreaterOrEqual 4 -Because 'Set-LiveDeskContact keeps several updates in flight'
            $stats.peak_concurrent | Should -BeLessOrEqual 8 -Because '-ThrottleLimit 8 bounds them'
            $out.Id | Should -Be $rows.Id
            $out.Name | Should -Be $rows.DisplayName
            @(Get-LiveDeskSandboxContact -Sandbox $sb | Where-Object { $_.email -like 'bulk*' -and $_.custom_attributes.plan -ne 'gold' }) | Should -BeNullOrEmpty
        }

        It 'writes each failing row''s error in its place with the row as TargetObject' {
            $rows = @($bulk | Select-Object -First 6 | ForEach-Object { [pscustomobject]@{ Id = $_.id; DisplayName = 'New name' } })
            $rows[2].Id = 999999
            $rows[4] | Add-Member -NotePropertyName email -NotePropertyValue 'not-an-email'
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 20
            try {
                $all = @($rows | Set-LiveDeskContact -ThrottleLimit 4 -ErrorAction Continue -ErrorVariable ev 2>&1)
            }
            finally { $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 }
            @($ev | Get-ErrorIdPrefix) | Should -Be 'LiveDesk.ContactNotFound', 'LiveDesk.InvalidEmail'
            [object]::ReferenceEquals($ev[0].TargetObject, $rows[2]) | Should -BeTrue
            [object]::ReferenceEquals($ev[1].TargetObject, $rows[4]) | Should -BeTrue
            # Errors come out in their rows' places among the results.
            @($all | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { 'error' } else { $_.Id } }) |
                Should -Be $rows[0].Id, $rows[1].Id, 'error', $rows[3].Id, 'error', $rows[5].Id
        }

        It 'stops the run with one terminating LiveDesk.AuthenticationFailed on 401 and sends no later row' {
            $rows = @($bulk | ForEach-Object { [pscustomobject]@{ Id = $_.id; DisplayName = 'Never' } })
            $bad = Connect-LiveDesk -ApiKey $sb.ApiKey -ApiSecret (New-TestSecret 'wrong-secret') -BaseUri $sb.Uri -SkipCredentialCheck -RetryIntervalSec 0 -PassThru
            $throttle = 2
            $caught = $null
            $reached = $false
            # -ErrorAction Continue: under Pester's own Stop preference a non-terminating 401 per row would stop too.
            try {
                $null = $rows | Set-LiveDeskContact -Connection $bad -ThrottleLimit $throttle -ErrorAction Continue -ErrorVariable ev
                $reached = $true
            }
            catch { $caught = $_ }
            finally { Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck }
            $stats = Get-LiveDeskSandboxStat -Sandbox $sb
            $reached | Should -BeFalse -Because 'a 401 ends the command with a terminating error'
            $caught.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.AuthenticationFailed,*'
            @($ev).Count | Should -Be 1 -Because 'one terminating error, not one per row'
            $stats.updates | Should -Be 0
            ($stats.requests - $before.requests) | Should -BeLessOrEqual $throttle -Because 'no row is sent after the 401'
        }
    }
}
