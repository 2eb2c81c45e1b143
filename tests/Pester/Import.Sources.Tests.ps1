#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Real exports and directory objects go in with the plain one-liner, every field right.
# New, Get and Set read the same columns the same way (one column table, no parameter aliases), so a file that
# imports also looks up and updates.
# Values in arrays are never dropped in silence: a user must learn which of several values was taken.

BeforeDiscovery {
    $samples = @((Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../examples/import-expected.json') -Raw -Encoding UTF8 | ConvertFrom-Json).files | ForEach-Object {
            @{ file = $_.file; delimiter = $_.delimiter; encoding = $_.encoding; defaultRegion = $_.defaultRegion; rows = @($_.rows) }
        })
}

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox -Inbox 407, 408
    Connect-TestSandbox -Sandbox $sb
    $examples = Join-Path $PSScriptRoot '../../examples'

    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb) }

    # Import-Csv's -Encoding for the names import-expected.json uses, in this edition.
    function Get-CsvEncoding([string] $Name) {
        $core = $PSVersionTable.PSEdition -eq 'Core'
        switch ($Name) {
            'windows-1252' { if ($core) { return [System.Text.Encoding]::GetEncoding(1252) } else { return 'Default' } }
            default { if ($core) { return 'utf8' } else { return 'UTF8' } }
        }
    }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Sample exports (examples/import-*.csv)' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'imports <file> with the one-liner and stores every field of every row' -ForEach $samples {
        # 1252 files only read as such where the ANSI code page is 1252 (Windows in Western Europe).
        if ($encoding -eq 'windows-1252' -and $PSVersionTable.PSEdition -ne 'Core' -and [System.Text.Encoding]::Default.CodePage -ne 1252) {
            Set-ItResult -Skipped -Because 'Windows PowerShell reads -Encoding Default as the system code page, which is not 1252 here'
            return
        }
        $path = Join-Path $examples $file
        $out = @(Import-Csv -LiteralPath $path -Delimiter $delimiter -Encoding (Get-CsvEncoding $encoding) |
                New-LiveDeskContact -InboxId 407 -DefaultRegion $defaultRegion -ErrorVariable ev -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        Assert-ImportedRow -Expected $rows -Output $out -ErrorRecord $ev -Sandbox $sb -File $file
    }
}

Describe 'A UTF-8 file read as ANSI (Windows PowerShell without -Encoding)' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'stores the names as they were written and says how to read the file' {
        # A web app's export: UTF-8 without a byte order mark. Windows PowerShell's Import-Csv reads it as the ANSI code page.
        $path = Join-Path $TestDrive 'kontakte-utf8.csv'
        $text = "Vorname;Nachname;E-Mail-Adresse;Telefon geschäftlich`nJürgen;Müller;juergen.mueller@example.de;030 1234567`nRenée;Strauß-Öztürk;renee@example.de;0171 2345678`n"
        [System.IO.File]::WriteAllBytes($path, [System.Text.UTF8Encoding]::new($false).GetBytes($text))
        $ansi = if ($PSVersionTable.PSEdition -eq 'Core') { [System.Text.Encoding]::GetEncoding(1252) } else { 'Default' }
        $rows = @(Import-Csv -LiteralPath $path -Delimiter ';' -Encoding $ansi)
        $rows[0].Nachname | Should -Not -Be 'Müller' -Because 'the file must really arrive misread for this test to mean anything'

        $out = @($rows | New-LiveDeskContact -InboxId 407 -DefaultRegion DE -WarningVariable wv -WarningAction SilentlyContinue)

        $out.Count | Should -Be 2
        $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb | Sort-Object name)
        $stored.name | Should -Be @('Jürgen Müller', 'Renée Strauß-Öztürk')
        $stored.phone_number | Should -Be @('+49301234567', '+491712345678')
        ($wv -join "`n") | Should -Match '-Encoding utf8'
    }
}

Describe 'New, Get and Set read the same fields from the same objects' {
    BeforeAll {
        $csvPath = Write-TestCsvText -Path (Join-Path $TestDrive 'outlook.csv') -Line @(
            'First Name,Last Name,E-mail Address,Business Phone,Mobile Phone,Employee ID'
            'Jürgen,Müller,j.mueller@contoso.example.com,030 1234567,0171 2345678,4711'
        )
        $shapes = @(
            @{
                Shape = 'AD (Get-ADUser)'
                Row   = [pscustomobject]@{ Name = 'Müller, Jürgen'; GivenName = 'Jürgen'; Surname = 'Müller'; DisplayName = 'Jürgen Müller'; SamAccountName = 'jmueller'
                    UserPrincipalName = 'jmueller@contoso.local'; mail = 'j.mueller@contoso.example.com'; mobile = '+49 (0)171 2345678'; OfficePhone = '+49 30 1234567'; EmployeeID = '4711' }
            }
            @{
                Shape = 'Exchange (Get-Mailbox)'
                Row   = [pscustomobject]@{ Name = 'jmueller'; Alias = 'jmueller'; DisplayName = 'Jürgen Müller'; PrimarySmtpAddress = 'j.mueller@contoso.example.com'
                    WindowsEmailAddress = 'j.mueller@contoso.example.com'; EmailAddresses = @('SMTP:j.mueller@contoso.example.com', 'smtp:jm@contoso.example.com'); CustomAttribute1 = ''
                    MobilePhone = '0171 2345678'; EmployeeId = 4711 }
            }
            @{
                Shape = 'Graph (Get-MgUser)'
                Row   = [pscustomobject]@{ Id = [guid]::NewGuid().ToString(); DisplayName = 'Jürgen Müller'; GivenName = 'Jürgen'; Surname = 'Müller'; Mail = 'j.mueller@contoso.example.com'
                    UserPrincipalName = 'jmueller@contoso.example.com'; MobilePhone = $null; BusinessPhones = [string[]]@('+49 171 2345678'); EmployeeId = '4711' }
            }
            @{ Shape = 'CSV (Outlook export)'; Row = 'csv' }
        )
    }

    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'reads <Shape> rows alike in New -WhatIf, New, Get and Set' -ForEach @(
        @{ Shape = 'AD (Get-ADUser)' }, @{ Shape = 'Exchange (Get-Mailbox)' }, @{ Shape = 'Graph (Get-MgUser)' }, @{ Shape = 'CSV (Outlook export)' }
    ) {
        $entry = $shapes | Where-Object { $_.Shape -eq $Shape }
        $row = if ($entry.Row -eq 'csv') { Import-Csv -LiteralPath $csvPath -Encoding utf8 } else { $entry.Row }

        # -WhatIf sends nothing.
        $null = $row | New-LiveDeskContact -InboxId 407 -DefaultRegion DE -WhatIf -WarningAction SilentlyContinue
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0

        $created = $row | New-LiveDeskContact -InboxId 407 -DefaultRegion DE -WarningAction SilentlyContinue
        $stored = @(Get-Stored)
        $stored.Count | Should -Be 1
        $stored[0].name | Should -BeExactly 'Jürgen Müller'
        $stored[0].email | Should -BeExactly 'j.mueller@contoso.example.com'
        $stored[0].phone_number | Should -BeExactly '+491712345678'
        $stored[0].identifier | Should -BeExactly '4711'

        # Get looks the row up by every unique field it reads: all must match the contact New created.
        $found = @($row | Get-LiveDeskContact -DefaultRegion DE -ErrorVariable ev -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $found.Count | Should -Be 1
        $found[0].Id | Should -Be $created.Id

        # Set writes what it reads onto another contact: the same four values.
        Reset-LiveDeskSandbox -Sandbox $sb
        $blank = New-LiveDeskContact -InboxId 407 -Name 'placeholder'
        $null = $row | Set-LiveDeskContact -Id $blank.Id -DefaultRegion DE -WarningAction SilentlyContinue
        $after = @(Get-Stored)[0]
        $after.name | Should -BeExactly 'Jürgen Müller'
        $after.email | Should -BeExactly 'j.mueller@contoso.example.com'
        $after.phone_number | Should -BeExactly '+491712345678'
        $after.identifier | Should -BeExactly '4711'
    }

    It 'lets command-line values win over the row''s in New, Get and Set' {
        $row = [pscustomobject]@{ DisplayName = 'Row Name'; Email = 'row@example.com'; Mobile = '+4915100000001' }
        $c = $row | New-LiveDeskContact -InboxId 407 -Name 'Typed Name' -PhoneNumber '+49 151 00000002'
        $c.Name | Should -BeExactly 'Typed Name'
        $c.PhoneNumber | Should -BeExactly '+4915100000002'
        $c.Email | Should -BeExactly 'row@example.com'
        ($row | Get-LiveDeskContact -PhoneNumber '+4915100000002').Id | Should -Be $c.Id
        ($row | Set-LiveDeskContact -Id $c.Id -Name 'Typed Again').Name | Should -BeExactly 'Typed Again'
    }

    It 'no longer binds contact parameters from pipeline property names' {
        foreach ($command in 'New-LiveDeskContact', 'Get-LiveDeskContact', 'Set-LiveDeskContact') {
            foreach ($name in 'Name', 'Email', 'PhoneNumber', 'Identifier', 'AvatarUrl') {
                $parameter = (Get-Command $command).Parameters[$name]
                if (-not $parameter) { continue }
                @($parameter.ParameterSets.Values | Where-Object { $_.ValueFromPipelineByPropertyName }).Count | Should -Be 0 -Because "$command -$name is read from rows by the column table"
                @($parameter.Aliases | Where-Object { $_ -ne 'Phone' }).Count | Should -Be 0 -Because "$command -$name has no pasted column aliases"
            }
        }
    }
}

Describe 'No silent losses: arrays and lists in contact fields' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'unwraps a single-element array from <Case>' -ForEach @(
        @{ Case = '[pscustomobject]'; Make = { [pscustomobject]@{ Name = 'one'; Email = @('solo@a.bc') } } }
        @{ Case = 'ConvertFrom-Json'; Make = { '{"Name":"one","Email":["solo@a.bc"]}' | ConvertFrom-Json } }
    ) {
        $row = & $Make
        $out = @($row | New-LiveDeskContact -InboxId 407 -WarningVariable wv -ErrorVariable ev)
        @($ev).Count | Should -Be 0
        @($wv).Count | Should -Be 0
        $out.Count | Should -Be 1
        (Get-Stored)[0].email | Should -BeExactly 'solo@a.bc'
    }

    It 'takes the first of several e-mail addresses or phone numbers with a warning (<Case>)' -ForEach @(
        @{ Case = 'e-mail array'; Row = [pscustomobject]@{ Name = 'two'; Email = @('first@a.bc', 'second@a.bc') }; Field = 'email'; Value = 'first@a.bc' }
        @{ Case = 'phone array'; Row = [pscustomobject]@{ Name = 'two'; Phone = @('+4915100000011', '+4915100000012') }; Field = 'phone_number'; Value = '+4915100000011' }
        @{ Case = 'Google list'; Row = [pscustomobject]@{ Name = 'two'; 'E-mail 1 - Value' = 'first@a.bc ::: second@a.bc' }; Field = 'email'; Value = 'first@a.bc' }
    ) {
        $out = @($Row | New-LiveDeskContact -InboxId 407 -WarningVariable wv -WarningAction SilentlyContinue)
        $out.Count | Should -Be 1
        @($wv).Count | Should -Be 1
        "$($wv[0])" | Should -Match 'first is used'
        (Get-Stored)[0].$Field | Should -BeExactly $Value
    }

    It 'refuses several values in a one-value field with LiveDesk.InvalidInput, in New and in Set' {
        $row = [pscustomobject]@{ Name = @('Ann', 'Bob'); Email = 'ann@a.bc' }
        $out = @($row | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.InvalidInput'
        [object]::ReferenceEquals($ev[0].TargetObject, $row) | Should -BeTrue
        $ev[0].Exception.Message | Should -Match 'Name'
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be 0

        $c = New-LiveDeskContact -InboxId 407 -Name 'Kept'
        $null = $row | Set-LiveDeskContact -Id $c.Id -ErrorVariable ev2 -ErrorAction SilentlyContinue
        $ev2[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.InvalidInput'
        (Get-Stored)[0].name | Should -BeExactly 'Kept'
    }

    It 'refuses an object in a contact field instead of dropping it' {
        $row = [pscustomobject]@{ Name = 'obj'; Email = [pscustomobject]@{ Address = 'x@a.bc' } }
        $null = $row | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue
        $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.InvalidInput'
        @(Get-Stored).Count | Should -Be 0
    }
}

Describe '-Map, -DefaultRegion and the input errors' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'fills fields from -Map columns and script blocks, and leaves out a $null field' {
        $row = [pscustomobject]@{ First = 'Ana'; Last = 'Silva'; 'Work Mail' = 'ana@example.com'; Cell = '(650) 555-0142'; Email = 'private@example.com' }
        $c = $row | New-LiveDeskContact -InboxId 407 -DefaultRegion US -Map @{ Name = { "$($_.First) $($_.Last)" }; Email = 'Work Mail'; PhoneNumber = 'Cell' }
        $c.Name | Should -BeExactly 'Ana Silva'
        $c.Email | Should -BeExactly 'ana@example.com'
        $c.PhoneNumber | Should -BeExactly '+16505550142'
        $d = [pscustomobject]@{ Name = 'No Mail'; Email = 'skip@example.com'; Identifier = 'NM-1' } | New-LiveDeskContact -InboxId 407 -Map @{ Email = $null }
        $d.Email | Should -BeNullOrEmpty
    }

    It 'ends the command on <Case>' -ForEach @(
        @{ Case = 'an unknown -Map key'; Arguments = @{ Map = @{ Nmae = 'x' } }; Pattern = 'Nmae' }
        @{ Case = 'a -Map column the input lacks'; Arguments = @{ Map = @{ Email = 'Work Mial' } }; Pattern = 'Work Mial' }
        @{ Case = 'an unknown region'; Arguments = @{ DefaultRegion = 'XX' }; Pattern = 'XX' }
    ) {
        $rows = @([pscustomobject]@{ Name = 'a'; 'Work Mail' = 'a@example.com' }, [pscustomobject]@{ Name = 'b'; 'Work Mail' = 'b@example.com' })
        $caught = $null
        try { $null = $rows | New-LiveDeskContact -InboxId 407 @Arguments -ErrorAction Stop } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -Match '^LiveDesk\.InvalidInput'
        $caught.Exception.Message | Should -Match $Pattern
        @(Get-Stored).Count | Should -Be 0
    }

    It 'refuses a national number without -DefaultRegion with a hint, and stores it with one' {
        $row = [pscustomobject]@{ Name = 'Nat'; Mobile = '0171 2345678' }
        $null = $row | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue
        $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.InvalidPhoneNumber'
        $ev[0].Exception.Message | Should -Match 'DefaultRegion'
        ($row | New-LiveDeskContact -InboxId 407 -DefaultRegion de).PhoneNumber | Should -BeExactly '+491712345678'
    }

    It 'names unrecognised columns and near-misses, and offers -Delimiter only for a delimited header' {
        # An address in the misspelt column would be found by its values; a value that is none leaves the row with no field.
        $null = [pscustomobject]@{ Emial = 'alice at example'; Foo = 'x' } | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue
        $ev[0].Exception.Message | Should -Match "'Emial'"
        $ev[0].Exception.Message | Should -Match "'Foo'"
        $ev[0].Exception.Message | Should -Not -Match 'Delimiter'
        $null = [pscustomobject]@{ 'Vorname;Nachname;E-Mail-Adresse' = 'a;b;c@example.com' } | New-LiveDeskContact -InboxId 407 -ErrorVariable ev2 -ErrorAction SilentlyContinue
        $ev2[0].Exception.Message | Should -Match "-Delimiter ';'"
    }

    It 'shows progress with a percentage for -InputObject $rows' {
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 100
        $run = Receive-ChildImport (Start-ChildImport -Sandbox $sb -Script {
                $rows = 1..60 | ForEach-Object { [pscustomobject]@{ name = "pct $_"; email = "pct$_@example.com" } }
                New-LiveDeskContact -InputObject $rows -InboxId 407 -ThrottleLimit 4
            })
        $run.Output.Count | Should -Be 60
        $run.Errors.Count | Should -Be 0
        $progress = @($run.Progress | Where-Object { $_.Activity -eq 'Creating LiveDesk contacts' -and $_.RecordType -ne 'Completed' })
        $progress.Count | Should -BeGreaterThan 0
        $progress[0].PercentComplete | Should -BeGreaterOrEqual 0
        $progress[0].StatusDescription | Should -Match 'of 60\)'
    }
}
