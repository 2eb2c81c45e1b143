#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# New-LiveDeskContact against the real sandbox process, through the staged module (out/LiveDesk):
# CSV files written to TestDrive, read with Import-Csv and piped in, as a user would.

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox -Inbox 407, 408
    Connect-TestSandbox -Sandbox $sb

    # The sandbox's contacts by e-mail / by name.
    function Get-StoredByEmail { $h = @{}; foreach ($c in Get-LiveDeskSandboxContact -Sandbox $sb) { if ($c.email) { $h[$c.email] = $c } }; $h }
    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb) }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'New-LiveDeskContact' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    Context 'CSV columns' {
        It 'creates contacts from a CSV with the API''s column names' {
            $csv = Write-TestCsvText -Path "$TestDrive/api.csv" -Line @(
                'inbox_id,name,email,phone_number,identifier,avatar_url'
                '407,Alice Api,alice@example.com,+4915112345678,A-1,https://img.example.com/a.png'
                '408,Bob Api,bob@example.com,+4915112345679,B-2,https://img.example.com/b.png'
            )
            $out = @(Import-Csv $csv | New-LiveDeskContact -ErrorVariable ev)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 2
            $stored = Get-StoredByEmail
            $stored.Count | Should -Be 2
            $a = $stored['alice@example.com']
            $a.name | Should -BeExactly 'Alice Api'
            $a.phone_number | Should -BeExactly '+4915112345678'
            $a.identifier | Should -BeExactly 'A-1'
            $a.avatar_url | Should -BeExactly 'https://img.example.com/a.png'
            $a.contact_inboxes[0].inbox.id | Should -Be 407
            $stored['bob@example.com'].contact_inboxes[0].inbox.id | Should -Be 408
            $out[1].InboxId | Should -Be 408
        }

        It 'reads Chatwoot''s conversation export with -InboxId: its inbox column names the inbox, and each conversation is no contact key' {
            # Chatwoot's conversation export: "inbox" holds the inbox's name, "display_id" the conversation's number.
            $csv = Write-TestCsvText -Path "$TestDrive/conversations.csv" -Line @(
                'display_id,status,assignee,inbox,channel,contact_name,contact_email,contact_phone'
                '311,resolved,Daniela Ortiz,WhatsApp Tienda,Whatsapp,Mariana López,mariana.lopez@example.com,+525512345678'
                '312,open,Rodrigo Salas,Chat sitio web,WebWidget,Jorge Ramírez,jorge.ramirez@example.com,'
            )
            $out = @(Import-Csv $csv | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev | ForEach-Object { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }) | Should -BeNullOrEmpty
            $out.Count | Should -Be 2
            $stored = Get-StoredByEmail
            $stored['mariana.lopez@example.com'].name | Should -BeExactly 'Mariana López'
            $stored['mariana.lopez@example.com'].identifier | Should -BeNullOrEmpty
            $stored['jorge.ramirez@example.com'].contact_inboxes[0].inbox.id | Should -Be 407
        }

        It 'fails a row whose own inbox column is no id when no -InboxId is given' {
            $csv = Write-TestCsvText -Path "$TestDrive/inbox-names.csv" -Line @(
                'name,email,inbox'
                'Nina Inbox,nina@example.com,WhatsApp Tienda'
                'Olaf Inbox,olaf@example.com,407'
            )
            $rows = @(Import-Csv $csv)
            $out = @($rows | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev).Count | Should -Be 1
            $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.InvalidInboxId'
            [object]::ReferenceEquals($ev[0].TargetObject, $rows[0]) | Should -BeTrue
            $out.Name | Should -Be 'Olaf Inbox'
        }

        It 'maps friendly column names (<Header>)' -ForEach @(
            @{ Header = 'DisplayName,EmailAddress,Mobile,ExternalId,PhotoUrl' }
            @{ Header = 'FullName,Mail,Phone,EmployeeId,Avatar' }
            @{ Header = 'ContactName,PrimarySmtpAddress,TelephoneNumber,CustomerId,avatar_url' }
            @{ Header = 'Name,E-mail,MobilePhone,UserId,AvatarUrl' }
        ) {
            $csv = Write-TestCsvText -Path "$TestDrive/friendly.csv" -Line @(
                $Header
                'Carla Friendly,carla@example.com,+4915100000001,C-1,https://img.example.com/c.png'
                'Dan Friendly,dan@example.com,+4915100000002,D-2,http://img.example.com/d.png'
            )
            $out = @(Import-Csv $csv | New-LiveDeskContact -InboxId 408 -ErrorVariable ev)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 2
            $stored = Get-StoredByEmail
            $c = $stored['carla@example.com']
            $c.name | Should -BeExactly 'Carla Friendly'
            $c.phone_number | Should -BeExactly '+4915100000001'
            $c.identifier | Should -BeExactly 'C-1'
            $c.avatar_url | Should -BeExactly 'https://img.example.com/c.png'
            $stored['dan@example.com'].identifier | Should -BeExactly 'D-2'
        }

        It 'applies -InboxId given once on the command line to every row' {
            $csv = Write-TestCsv -Path "$TestDrive/noinbox.csv" -Row @(1..5 | ForEach-Object { [pscustomobject]@{ DisplayName = "Inbox Row $_"; EmailAddress = "inbox$_@example.com" } })
            $out = @(Import-Csv $csv | New-LiveDeskContact -InboxId 408)
            $out.Count | Should -Be 5
            $out.InboxId | Sort-Object -Unique | Should -Be 408
            (Get-Stored).contact_inboxes.inbox.id | Sort-Object -Unique | Should -Be 408
        }

        It 'does not send empty cells (the sandbox holds null)' {
            $csv = Write-TestCsvText -Path "$TestDrive/empty.csv" -Line @(
                'inbox_id,name,email,phone_number,identifier,avatar_url'
                '407,Only Email,only@example.com,,,'
                '407,,,+4915100000009,   ,'
            )
            $out = @(Import-Csv $csv | New-LiveDeskContact -ErrorVariable ev)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 2
            $stored = Get-Stored
            $first = $stored | Where-Object email -EQ 'only@example.com'
            $first.phone_number | Should -BeNullOrEmpty
            $null -eq $first.phone_number | Should -BeTrue
            $null -eq $first.identifier | Should -BeTrue
            $null -eq $first.avatar_url | Should -BeTrue
            $second = $stored | Where-Object phone_number -EQ '+4915100000009'
            $null -eq $second.name | Should -BeTrue
            $null -eq $second.email | Should -BeTrue
            $null -eq $second.identifier | Should -BeTrue -Because 'a cell of blanks is empty too'
        }

        It 'trims values and removes phone punctuation' {
            $csv = Write-TestCsvText -Path "$TestDrive/trim.csv" -Line @(
                'inbox_id,name,email,phone_number,identifier'
                ' 407 ,"  Trim Me  ","  trim@example.com  ","+49 (151) 1234-5678"," T-1 "'
            )
            $out = Import-Csv $csv | New-LiveDeskContact
            $out.Name | Should -BeExactly 'Trim Me'
            $c = @(Get-Stored)[0]
            $c.name | Should -BeExactly 'Trim Me'
            $c.email | Should -BeExactly 'trim@example.com'
            $c.phone_number | Should -BeExactly '+4915112345678'
            $c.identifier | Should -BeExactly 'T-1'
        }

        It 'round-trips the Unicode name <Name>' -ForEach @(
            @{ Name = 'Zoë Ångström' }
            @{ Name = '李小龙' }
            @{ Name = 'Grinning 😀 Party 🎉' }
            @{ Name = 'Дмитрий Ωmega' }
            @{ Name = 'François Łukasz Øyvind' }
        ) {
            $csv = Write-TestCsv -Path "$TestDrive/unicode.csv" -Row @([pscustomobject]@{ inbox_id = 407; name = $Name; email = 'uni@example.com' })
            $out = Import-Csv -Encoding utf8 $csv | New-LiveDeskContact
            $out.Name | Should -BeExactly $Name
            (Get-Stored)[0].name | Should -BeExactly $Name
            (Get-LiveDeskContact -Email 'uni@example.com').Name | Should -BeExactly $Name
        }

        It 'accepts a 200-character name of emoji (400 UTF-16 units; the API limit of 255 counts characters)' {
            $name = '😀' * 200
            $out = [pscustomobject]@{ name = $name; email = 'emoji@example.com' } | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue
            @($ev | Get-ErrorIdPrefix) | Should -BeNullOrEmpty
            $out.Name | Should -BeExactly $name
            (Get-Stored)[0].name | Should -BeExactly $name
        }
    }

    Context 'output' {
        BeforeAll {
            $rows = @(New-TestContactRow -Count 25 -Prefix 'out')
            $csv = Write-TestCsv -Path "$TestDrive/out.csv" -Row $rows
        }

        It 'emits LiveDesk.Models.LiveDeskContact objects with the sandbox''s ids, in input order' {
            $out = @(Import-Csv $csv | New-LiveDeskContact -ThrottleLimit 8)
            $out.Count | Should -Be 25
            $out | ForEach-Object { $_ | Should -BeOfType LiveDesk.Models.LiveDeskContact }
            $out.Email | Should -Be $rows.email
            $out.Outcome | Sort-Object -Unique | Should -Be 'Created'
            $stored = Get-StoredByEmail
            foreach ($c in $out) { $c.Id | Should -Be $stored[$c.Email].id }
            $out.Id | Sort-Object -Unique | Should -HaveCount 25
            $out[0].CreatedAt | Should -BeOfType [DateTimeOffset]
        }

        It 'shows Id, Outcome, Name, Email, PhoneNumber, Identifier, CreatedAt in the default table view' {
            $out = @(Import-Csv $csv | Select-Object -First 3 | New-LiveDeskContact)
            $text = $out | Format-Table | Out-String -Width 300
            $lines = @($text -split '\r?\n' | Where-Object { $_.Trim() })
            $lines[0] | Should -Match '^\s*Id\s+Outcome\s+Name\s+Email\s+PhoneNumber\s+Identifier\s+CreatedAt\s*$'
            $lines[2] | Should -Match ('^\s*{0}\s+Created\s+out 00001\s+out\.00001@example\.com\s+\+4915\d+\s+out-00001\s+\S' -f $out[0].Id)
        }

        It 'writes a summary line to the information stream' {
            $bad = [pscustomobject]@{ inbox_id = '407'; name = 'Bad'; email = 'not-an-email'; phone_number = ''; identifier = '' }
            $null = @($rows[0..3]) + $bad | New-LiveDeskContact -InformationVariable info -ErrorAction SilentlyContinue
            $summary = @($info | Where-Object { $_.Tags -contains 'Summary' })
            $summary.Count | Should -Be 1
            $summary[0].Tags | Should -Contain 'LiveDesk'
            "$($summary[0].MessageData)" | Should -Match '^LiveDesk import: 4 created, 0 existing, 0 updated, 0 unchanged, 1 failed in [\d.,]+ s'
        }

        It 'shows method, URL, status and time with -Verbose' {
            $verbose = @($rows[0..1] | New-LiveDeskContact -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
            $requests = @($verbose.Message | Where-Object { $_ -match '^POST ' })
            $requests.Count | Should -Be 2
            $requests | ForEach-Object { $_ | Should -Match ('^POST {0}/api/v2/accounts/contacts -> 200 in \d+ ms$' -f [regex]::Escape($sb.Uri.TrimEnd('/'))) }
        }

        It 'creates nothing with -WhatIf' {
            $out = @(Import-Csv $csv | Select-Object -First 3 | New-LiveDeskContact -WhatIf)
            $out.Count | Should -Be 0
            @(Get-Stored).Count | Should -Be 0
            $stats = Get-LiveDeskSandboxStat -Sandbox $sb
            $stats.requests | Should -Be 0
            $stats.creates | Should -Be 0
        }
    }

    Context 'invalid rows' {
        It 'writes an error with the row as TargetObject for each invalid row and creates the valid ones' {
            $csv = Write-TestCsvText -Path "$TestDrive/mixed.csv" -Line @(
                'inbox_id,name,email,phone_number,identifier'
                '407,Good One,good1@example.com,+4915100000101,G-1'
                '407,Bad Mail,bad-mail,,B-1'
                '407,Good Two,good2@example.com,,G-2'
                '407,Bad Phone,,015112345678,B-2'
                '407,Good Three,good3@example.com,,G-3'
            )
            $rows = @(Import-Csv $csv)
            $out = @($rows | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)
            $out.Name | Should -Be 'Good One', 'Good Two', 'Good Three'
            @(Get-Stored).Count | Should -Be 3
            @($ev).Count | Should -Be 2
            @($ev | Get-ErrorIdPrefix) | Should -Be 'LiveDesk.InvalidEmail', 'LiveDesk.InvalidPhoneNumber'
            [object]::ReferenceEquals($ev[0].TargetObject, $rows[1]) | Should -BeTrue
            [object]::ReferenceEquals($ev[1].TargetObject, $rows[3]) | Should -BeTrue
            $ev[0].TargetObject.email | Should -BeExactly 'bad-mail'
            $ev[0].TargetObject.name | Should -BeExactly 'Bad Mail'
            $ev[1].TargetObject.phone_number | Should -BeExactly '015112345678'
            @($ev[0].TargetObject.PSObject.Properties.Name) | Should -Be 'inbox_id', 'name', 'email', 'phone_number', 'identifier'
            $ev[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $ev[1].Exception.Message | Should -Match '\+'
        }

        It 'lets $err.TargetObject | Export-Csv give a file that imports again once fixed' {
            $csv = Write-TestCsvText -Path "$TestDrive/fixme.csv" -Line @(
                'inbox_id,DisplayName,EmailAddress,Mobile'
                '407,Fine,fine@example.com,+4915100000201'
                '407,Broken Mail,broken@@example.com,'
                '407,Broken Phone,phone@example.com,0151 CALL ME'
            )
            $null = Import-Csv $csv | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue
            @($ev).Count | Should -Be 2
            $failed = "$TestDrive/failed.csv"
            $ev.TargetObject | Export-Csv -LiteralPath $failed -NoTypeInformation
            $again = @(Import-Csv $failed)
            $again.Count | Should -Be 2
            @($again[0].PSObject.Properties.Name) | Should -Be 'inbox_id', 'DisplayName', 'EmailAddress', 'Mobile'
            $again[0].EmailAddress | Should -BeExactly 'broken@@example.com'
            $again[1].Mobile | Should -BeExactly '0151 CALL ME'
            # fix them and import the file again
            $again[0].EmailAddress = 'broken@example.com'
            $again[1].Mobile = '+49151000000'
            $again | Export-Csv -LiteralPath $failed -NoTypeInformation
            $out = @(Import-Csv $failed | New-LiveDeskContact -ErrorVariable ev2)
            @($ev2).Count | Should -Be 0
            $out.Name | Should -Be 'Broken Mail', 'Broken Phone'
            @(Get-Stored).Count | Should -Be 3
        }

        It 'rejects <Case> with <ErrorId>' -ForEach @(
            @{ Case = 'an e-mail without @'; ErrorId = 'LiveDesk.InvalidEmail'; Column = 'email'; Value = 'alice.example.com'; Posts = 0 }
            @{ Case = 'an e-mail without a dot in the domain'; ErrorId = 'LiveDesk.InvalidEmail'; Column = 'email'; Value = 'alice@example'; Posts = 0 }
            @{ Case = 'a phone number without +'; ErrorId = 'LiveDesk.InvalidPhoneNumber'; Column = 'phone_number'; Value = '015112345678'; Posts = 0 }
            @{ Case = 'a phone number with letters'; ErrorId = 'LiveDesk.InvalidPhoneNumber'; Column = 'phone_number'; Value = '+49 151 CALLME'; Posts = 0 }
            @{ Case = 'a name of 256 characters'; ErrorId = 'LiveDesk.ValueTooLong'; Column = 'name'; Value = ('n' * 256); Posts = 0 }
            @{ Case = 'an identifier of 256 characters'; ErrorId = 'LiveDesk.ValueTooLong'; Column = 'identifier'; Value = ('i' * 256); Posts = 0 }
            @{ Case = 'inbox id 0'; ErrorId = 'LiveDesk.InvalidInboxId'; Column = 'inbox_id'; Value = '0'; Posts = 0 }
            @{ Case = 'inbox id -1'; ErrorId = 'LiveDesk.InvalidInboxId'; Column = 'inbox_id'; Value = '-1'; Posts = 0 }
            @{ Case = 'inbox id abc'; ErrorId = 'LiveDesk.InvalidInboxId'; Column = 'inbox_id'; Value = 'abc'; Posts = 0 }
            @{ Case = 'an empty inbox id'; ErrorId = 'LiveDesk.InvalidInboxId'; Column = 'inbox_id'; Value = ''; Posts = 0 }
            @{ Case = 'an unknown inbox 999'; ErrorId = 'LiveDesk.InboxNotFound'; Column = 'inbox_id'; Value = '999'; Posts = 1 }
            @{ Case = 'an e-mail that exists already in another case'; ErrorId = 'LiveDesk.ContactDuplicate'; Column = 'email'; Value = 'TAKEN@Example.COM'; Posts = 1 }
            @{ Case = 'an identifier that exists already'; ErrorId = 'LiveDesk.ContactDuplicate'; Column = 'identifier'; Value = 'TAKEN-1'; Posts = 1 }
        ) {
            $null = [pscustomobject]@{ name = 'Already There'; email = 'taken@example.com'; identifier = 'TAKEN-1' } | New-LiveDeskContact -InboxId 407
            $before = Get-LiveDeskSandboxStat -Sandbox $sb

            $bad = [ordered]@{ inbox_id = '407'; name = 'Bad Row'; email = 'bad.row@example.com'; phone_number = ''; identifier = 'BAD-1'; avatar_url = '' }
            $bad[$Column] = $Value
            $csv = Write-TestCsv -Path "$TestDrive/bad.csv" -Row @(
                [pscustomobject]$bad
                [pscustomobject]@{ inbox_id = '407'; name = 'Good Row'; email = 'good.row@example.com'; phone_number = ''; identifier = 'GOOD-1'; avatar_url = '' }
            )
            $rows = @(Import-Csv $csv)
            $out = @($rows | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)

            @($ev).Count | Should -Be 1
            $ev[0] | Get-ErrorIdPrefix | Should -BeExactly $ErrorId
            [object]::ReferenceEquals($ev[0].TargetObject, $rows[0]) | Should -BeTrue
            $ev[0].TargetObject.$Column | Should -BeExactly $rows[0].$Column
            $out.Name | Should -Be 'Good Row'
            $after = Get-LiveDeskSandboxStat -Sandbox $sb
            ($after.requests - $before.requests) | Should -Be (1 + $Posts) -Because 'pre-checked rows cost no request'
            @(Get-Stored | Where-Object name -EQ 'Bad Row').Count | Should -Be 0
        }

        It 'writes LiveDesk.InvalidInput for a scalar piped in' {
            $out = @('just-a-string@example.com' | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
            $out.Count | Should -Be 0
            $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.InvalidInput'
            $ev[0].TargetObject | Should -BeExactly 'just-a-string@example.com'
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0
        }

        It 'reads a hashtable''s keys as columns (rows are read by the column table, not bound to parameters)' {
            $out = @(@{ Name = 'Hash Table'; Email = 'hash@example.com' } | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 1
            (Get-Stored)[0].email | Should -BeExactly 'hash@example.com'
            (Get-Stored)[0].name | Should -BeExactly 'Hash Table'
        }

        It 'refuses rows with none of the contact columns (a CSV read with the wrong delimiter) and names their columns' {
            $path = Join-Path $TestDrive 'semicolons.csv'
            Set-Content -Path $path -Encoding UTF8 -Value @('Name;Email', 'Semi Colon;semi@example.com', 'Colon Semi;colon@example.com')
            $rows = @(Import-Csv $path)
            $out = @($rows | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
            $out.Count | Should -Be 0
            @($ev | Get-ErrorIdPrefix) | Should -Be 'LiveDesk.InvalidInput', 'LiveDesk.InvalidInput'
            $ev[0].Exception.Message | Should -Match ([regex]::Escape("'Name;Email'"))
            $ev[0].Exception.Message | Should -Match 'Delimiter'
            [object]::ReferenceEquals($ev[1].TargetObject, $rows[1]) | Should -BeTrue
            @(Get-Stored).Count | Should -Be 0
            # The same file read with the right delimiter imports.
            @(Import-Csv $path -Delimiter ';' | New-LiveDeskContact -InboxId 407).Count | Should -Be 2
        }

        It 'collects every error with -ErrorVariable, in input order' {
            $rows = @(New-TestContactRow -Count 12 -Prefix 'ev')
            $rows[2].email = 'x'
            $rows[5].phone_number = '12345'
            $rows[9].inbox_id = '0'
            $rows[11] | Add-Member -NotePropertyName avatar_url -NotePropertyValue 'nope' -Force
            $out = @($rows | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev | Get-ErrorIdPrefix) | Should -Be 'LiveDesk.InvalidEmail', 'LiveDesk.InvalidPhoneNumber', 'LiveDesk.InvalidInboxId'
            $ev.TargetObject.name | Should -Be $rows[2].name, $rows[5].name, $rows[9].name
            $out.Count | Should -Be 9
        }

        It 'stores a contact whose avatar column holds <Case> without the avatar, with one warning for the column' -ForEach @(
            @{ Case = 'a relative path'; Value = '/services/images/photo/003Dn00000Abc' }
            @{ Case = 'an ftp URL'; Value = 'ftp://img.example.com/a.png' }
        ) {
            $rows = @(
                [pscustomobject]@{ Name = 'Karen Whitfield'; Email = 'karen@example.com'; PhotoUrl = $Value }
                [pscustomobject]@{ Name = 'Omar Haddad'; Email = 'omar@example.com'; PhotoUrl = $Value }
                [pscustomobject]@{ Name = 'Pia Lund'; Email = 'pia@example.com'; PhotoUrl = 'https://img.example.com/pia.png' }
            )
            $out = @($rows | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue -WarningVariable wv -WarningAction SilentlyContinue)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 3
            @($wv | Where-Object { "$_" -match "'PhotoUrl'.*without an avatar" }).Count | Should -Be 1
            $stored = @(Get-Stored)
            ($stored | Where-Object email -EQ 'karen@example.com').avatar_url | Should -BeNullOrEmpty
            ($stored | Where-Object email -EQ 'pia@example.com').avatar_url | Should -Be 'https://img.example.com/pia.png'
            # The command line's own value is the user's, and is still checked.
            [pscustomobject]@{ Name = 'Given'; Email = 'given@example.com' } | New-LiveDeskContact -InboxId 407 -AvatarUrl $Value -ErrorVariable ev2 -ErrorAction SilentlyContinue
            $ev2[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.InvalidAvatarUrl'
        }

        It 'creates the first of two rows with the same <Kind> and reports the second as LiveDesk.ContactDuplicate' -ForEach @(
            @{ Kind = 'e-mail'; Column = 'email'; First = 'same@example.com'; Second = 'same@example.com' }
            @{ Kind = 'e-mail in another case'; Column = 'email'; First = 'Case@Example.com'; Second = 'cASE@example.COM' }
            @{ Kind = 'phone number'; Column = 'phone_number'; First = '+4915199999999'; Second = '+49 151 9999 9999' }
            @{ Kind = 'identifier'; Column = 'identifier'; First = 'DUP-7'; Second = 'DUP-7' }
        ) {
            # Jitter lets concurrent requests overtake each other, so only the per-key ordering (rows with the same
            # key, compared as the server compares them, wait for each other) keeps the first row the winner. The
            # sandbox draws the jitter unseeded; the seeds here vary where the pair sits and how far apart.
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 5 -LatencyJitterMs 60
            try {
                foreach ($seed in 1..6) {
                    Reset-LiveDeskSandbox -Sandbox $sb
                    $random = [Random]::new($seed)
                    $winner = $random.Next(0, 6)
                    $loser = $winner + 1 + $random.Next(0, 4)
                    $rows = @(New-TestContactRow -Count 20 -Prefix 'dup')
                    $rows[$winner].$Column = $First
                    $rows[$winner].name = 'Winner'
                    $rows[$loser].$Column = $Second
                    $rows[$loser].name = 'Loser'
                    $out = @($rows | New-LiveDeskContact -ThrottleLimit 16 -ErrorVariable ev -ErrorAction SilentlyContinue)
                    $because = "seed $seed (rows $winner and $loser)"
                    $out.Count | Should -Be 19 -Because $because
                    @($ev).Count | Should -Be 1 -Because $because
                    $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.ContactDuplicate' -Because $because
                    [object]::ReferenceEquals($ev[0].TargetObject, $rows[$loser]) | Should -BeTrue -Because "the later row loses: $because"
                    $stored = Get-Stored
                    @($stored | Where-Object name -EQ 'Winner').Count | Should -Be 1 -Because $because
                    @($stored | Where-Object name -EQ 'Loser').Count | Should -Be 0 -Because $because
                }
            }
            finally { $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 -LatencyJitterMs 0 }
        }
    }

    Context 'stopping' {
        It 'stops the pipeline with one terminating LiveDesk.AuthenticationFailed on 401' {
            $bad = Connect-LiveDesk -ApiKey $sb.ApiKey -ApiSecret (New-TestSecret 'wrong-secret') -BaseUri $sb.Uri -SkipCredentialCheck -RetryIntervalSec 0 -PassThru
            $rows = @(New-TestContactRow -Count 100 -Prefix 'auth')
            $throttle = 2
            $seen = [System.Collections.Generic.List[object]]::new()
            $caught = $null
            $reached = $false
            # -ErrorAction Continue: under Pester's own Stop preference a non-terminating 401 per row would stop too.
            try {
                $rows | New-LiveDeskContact -ThrottleLimit $throttle -ErrorAction Continue -ErrorVariable ev | ForEach-Object { $seen.Add($_) }
                $reached = $true
            }
            catch { $caught = $_ }
            $stats = Get-LiveDeskSandboxStat -Sandbox $sb
            $reached | Should -BeFalse -Because 'a 401 ends the command with a terminating error'
            $caught | Should -Not -BeNullOrEmpty
            $caught.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.AuthenticationFailed,*'
            $seen.Count | Should -Be 0 -Because 'nothing was created'
            @($ev).Count | Should -Be 1 -Because 'one terminating error, not one per row'
            @(Get-Stored).Count | Should -Be 0
            [int]$stats.requests | Should -BeGreaterThan 0
            [int]$stats.requests | Should -BeLessOrEqual $throttle -Because 'at most ThrottleLimit requests were in flight when the 401 came; no row is sent after it'
        }

        It 'with -ErrorAction Stop stops at the first failed row (<Case>) and creates nothing after it' -ForEach @(
            @{ Case = 'invalid e-mail, found before sending'; Column = 'email'; Value = 'broken' }
            @{ Case = 'duplicate e-mail, found by the server'; Column = 'email'; Value = 'stop.00001@example.com' }
        ) {
            $rows = @(New-TestContactRow -Count 12 -Prefix 'stop')
            $rows[4].$Column = $Value
            $seen = [System.Collections.Generic.List[object]]::new()
            $caught = $null
            try { $rows | New-LiveDeskContact -ErrorAction Stop | ForEach-Object { $seen.Add($_) } } catch { $caught = $_ }
            $caught | Should -Not -BeNullOrEmpty
            [object]::ReferenceEquals($caught.TargetObject, $rows[4]) | Should -BeTrue
            $seen.Count | Should -Be 4
            $stored = Get-Stored
            @($stored).Count | Should -Be 4
            $stored.name | Sort-Object | Should -Be ($rows[0..3].name | Sort-Object)
        }

        It 'under $ErrorActionPreference = Stop stays concurrent, stops at the first failed row and leaves no request running' {
            # A runbook-wide preference must not make every import sequential; only -ErrorAction Stop on the command does.
            $rows = @(New-TestContactRow -Count 60 -Prefix 'pref')
            $rows[30].email = 'broken'
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 50
            $seen = [System.Collections.Generic.List[object]]::new()
            $caught = $null
            try {
                & {
                    $ErrorActionPreference = 'Stop'
                    $rows | New-LiveDeskContact -ThrottleLimit 8 | ForEach-Object { $seen.Add($_) }
                }
            }
            catch { $caught = $_ }
            finally { $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 }
            $caught | Should -Not -BeNullOrEmpty
            [object]::ReferenceEquals($caught.TargetObject, $rows[30]) | Should -BeTrue
            $seen.Count | Should -Be 30
            $seen.Email | Should -Be $rows[0..29].email
            $after = (Get-LiveDeskSandboxStat -Sandbox $sb).requests
            # Rows after the failed one were in flight (concurrent), but the command cancelled them on its way out.
            $after | Should -BeGreaterThan 31
            Start-Sleep -Milliseconds 300
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $after
        }
    }
}
