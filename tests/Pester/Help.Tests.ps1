#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The help of the staged module is complete, matches the cmdlets, and every example runs
# against the sandbox. The example conventions are described in docs/README.md.

BeforeDiscovery {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    $script:commands = @(Get-Command -Module LiveDesk -CommandType Cmdlet | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
    $script:examples = foreach ($command in $commands) {
        $help = Get-Help $command.Name -Full
        $i = 0
        foreach ($example in @($help.examples.example)) {
            if ($null -eq $example) { continue }
            $i++
            @{ Command = $command.Name; Number = $i; Title = ($example.title -replace '^-+\s*|\s*-+$', ''); Code = [string] $example.code }
        }
    }
}

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    $commonParameters = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)

    function Get-DocumentedSurface([string] $Name) {
        # Parameters a user can see: not common, not DontShow.
        $command = Get-Command $Name
        @($command.Parameters.Values | Where-Object {
                $commonParameters -notcontains $_.Name -and
                -not @($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }).Count
            } | ForEach-Object Name)
    }

    function Get-ParaText($Node) {
        (@($Node) | ForEach-Object { if ($_ -is [string]) { $_ } else { $_.Text } }) -join ' '
    }
}

Describe 'Help of <Name>' -ForEach $commands {
    BeforeAll {
        $help = Get-Help $Name -Full
        $surface = Get-DocumentedSurface $Name
        $helpParameters = @($help.parameters.parameter | Where-Object { $_ } | ForEach-Object { [string] $_.name })
    }

    It 'comes from the compiled MAML (not the generated stub)' {
        $help.PSObject.TypeNames | Should -Contain 'MamlCommandHelpInfo' -Because 'Get-Help without MAML returns a generated syntax-only help'
    }

    It 'has a synopsis' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match ([regex]::Escape("$Name ")) -Because 'a generated help repeats the syntax as synopsis'
    }

    It 'has a description' {
        (Get-ParaText $help.description).Length | Should -BeGreaterThan 40
    }

    It 'describes every parameter' {
        foreach ($parameter in $surface) {
            $entry = @($help.parameters.parameter | Where-Object { $_.name -eq $parameter })
            $entry.Count | Should -Be 1 -Because "-$parameter must appear in the help"
            (Get-ParaText $entry[0].description) | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }

    It 'names no parameter the cmdlet lacks' {
        $actual = @((Get-Command $Name).Parameters.Keys)
        foreach ($parameter in $helpParameters) {
            $actual | Should -Contain $parameter
        }
        foreach ($parameter in @($help.syntax.syntaxItem.parameter | Where-Object { $_ } | ForEach-Object { [string] $_.name })) {
            $actual | Should -Contain $parameter
        }
    }

    It 'shows the real type, pipeline input and aliases' {
        $command = Get-Command $Name
        foreach ($parameter in $surface) {
            $metadata = $command.Parameters[$parameter]
            $entry = @($help.parameters.parameter | Where-Object { $_.name -eq $parameter })[0]
            # A nullable value shows as its value type (Int64 for long?), as platyPS writes it.
            $type = $metadata.ParameterType
            $underlying = [Nullable]::GetUnderlyingType($type)
            if ($underlying) { $type = $underlying }
            $entry.type.name | Should -BeLike "*$([WildcardPattern]::Escape($type.Name))*"
            $byName = @($metadata.ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName).Count -gt 0
            if ($byName) { $entry.pipelineInput | Should -Match 'ByPropertyName' } else { $entry.pipelineInput | Should -Not -Match 'ByPropertyName' }
            $aliases = @($metadata.Aliases)
            if ($aliases.Count) { @($entry.aliases -split ',\s*') | Should -Be $aliases } else { $entry.aliases | Should -Be 'none' }
        }
    }

    It 'has one syntax per parameter set' {
        @($help.syntax.syntaxItem).Count | Should -Be @((Get-Command $Name).ParameterSets).Count
    }

    It 'has at least two examples, each with code and a sentence' {
        $examples = @($help.examples.example | Where-Object { $_ })
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty
            (Get-ParaText $example.remarks) | Should -Match '\w+ \w+.*\.' -Because "'$($example.title)' needs an explaining sentence"
        }
    }

    It 'documents its outputs, including each [OutputType]' {
        $outputs = @($help.returnValues.returnValue | Where-Object { $_ } | ForEach-Object { [string] $_.type.name })
        $outputs.Count | Should -BeGreaterThan 0
        foreach ($type in @((Get-Command $Name).OutputType | Where-Object { $_.Type -and $_.Type -ne [void] })) {
            $outputs | Should -Contain $type.Type.FullName
        }
    }

    It 'documents its inputs' {
        @($help.inputTypes.inputType | Where-Object { $_ }).Count | Should -BeGreaterThan 0
    }
}

Describe 'The help pages in docs/' -Skip:($PSVersionTable.PSEdition -eq 'Desktop') {
    # The build checks this too; here a page that drifted from the code (a default value, a type, a syntax) is a
    # failed test with the page and the value named, not only a failed build.
    It 'say what the staged cmdlets say: SYNTAX, yaml blocks and default values read from the cmdlets' {
        Import-Module "$PSScriptRoot/../../build/LiveDesk.HelpBuilder.psm1" -Force
        $metadata = @(Get-LiveDeskCommandMetadata -ModulePath "$PSScriptRoot/../../out/LiveDesk")
        $pages = @(Get-ChildItem "$PSScriptRoot/../../docs" -Filter '*-*.md' | ConvertFrom-LiveDeskHelpMarkdown)
        $pages.Count | Should -Be $metadata.Count
        @(Test-LiveDeskHelp -Document $pages -Metadata $metadata) | Should -BeNullOrEmpty
    }
}

Describe 'about_LiveDesk' {
    BeforeAll {
        $about = Get-Help about_LiveDesk | Out-String
    }

    It 'is found by Get-Help' {
        $about | Should -Match 'about_LiveDesk'
    }

    It 'covers <Topic>' -ForEach @(
        @{ Topic = 'connecting'; Pattern = 'CONNECTING' }
        @{ Topic = 'the CSV column mapping'; Pattern = 'CSV COLUMN MAPPING' }
        @{ Topic = 'rate limits'; Pattern = 'RATE LIMITS' }
        @{ Topic = 'errors'; Pattern = 'ERRORS' }
        @{ Topic = 'runbooks'; Pattern = 'RUNBOOKS' }
    ) {
        $about | Should -Match $Pattern
    }

    It 'describes the one column table, not parameter aliases (rows are read by the table, so New, Get and Set agree)' {
        foreach ($header in 'DisplayName', 'Mobile', 'inbox_id', '-Map', '-Verbose') { $about | Should -Match ([regex]::Escape($header)) }
        foreach ($command in 'New-LiveDeskContact', 'Get-LiveDeskContact', 'Set-LiveDeskContact') {
            foreach ($parameter in 'Name', 'Email', 'PhoneNumber', 'Identifier', 'AvatarUrl') {
                $p = (Get-Command $command).Parameters[$parameter]
                if ($p) { @($p.Aliases | Where-Object { $_ -ne 'Phone' }) | Should -BeNullOrEmpty -Because "$command -$parameter is no column list" }
            }
        }
    }

    It 'names every error ID that New-LiveDeskContact documents' {
        $ids = [regex]::Matches((Get-Help New-LiveDeskContact -Full | Out-String), 'LiveDesk\.[A-Z]\w+') | ForEach-Object Value | Where-Object { $_ -notmatch '^LiveDesk\.(Models|LiveDesk)' } | Sort-Object -Unique
        foreach ($id in $ids) { $about | Should -Match ([regex]::Escape($id)) }
    }
}

Describe 'About topics' {
    It '<Topic> is compiled and found by Get-Help' -ForEach @(Get-ChildItem "$PSScriptRoot/../../docs" -Filter 'about_*.md' | ForEach-Object { @{ Topic = $_.BaseName } }) {
        (Get-Help $Topic | Out-String) | Should -Match "SHORT DESCRIPTION"
    }

    It 'README links every topic it points to, and each exists' {
        $readme = Get-Content -Raw "$PSScriptRoot/../../README.md"
        foreach ($match in [regex]::Matches($readme, '\]\((docs/[^)]+)\)')) {
            Test-Path -LiteralPath (Join-Path "$PSScriptRoot/../.." $match.Groups[1].Value) | Should -BeTrue -Because "README links $($match.Groups[1].Value)"
        }
        @(Get-Content "$PSScriptRoot/../../README.md").Count | Should -BeLessOrEqual 200 -Because 'README is the front page; reference text lives in docs/'
    }
}

Describe 'Help examples' {
    BeforeAll {
        Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1"
        $sb = Start-LiveDeskSandbox
        $environment = @{
            LIVEDESK_BASE_URI   = [string] $sb.Uri
            LIVEDESK_API_KEY    = $sb.Credential.UserName
            LIVEDESK_API_SECRET = $sb.Credential.GetNetworkCredential().Password
        }
        $savedEnvironment = @{}
        foreach ($key in $environment.Keys) { $savedEnvironment[$key] = [Environment]::GetEnvironmentVariable($key) }
    }

    AfterAll {
        if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
    }

    It 'Example <Number> of <Command> runs against the sandbox: <Title>' -ForEach $examples {
        Reset-LiveDeskSandbox -Sandbox $sb
        $folder = Join-Path $TestDrive "$Command-$Number"
        New-Item -ItemType Directory -Path $folder | Out-Null
        # A small, valid contacts.csv (see docs/README.md): every row imports cleanly.
        @(
            'Name,Email,Phone,ExternalId'
            'Ana Silva,ana.silva@example.com,+14155550101,crm-1001'
            'Ben Okafor,ben.okafor@example.com,+14155550102,crm-1002'
            'Chen Wei,chen.wei@example.com,+14155550103,crm-1003'
        ) | Set-Content -Path (Join-Path $folder 'contacts.csv') -Encoding UTF8

        foreach ($key in $environment.Keys) { [Environment]::SetEnvironmentVariable($key, $environment[$key]) }
        Push-Location $folder
        try {
            Connect-LiveDesk -BaseUri $sb.Uri -Credential $sb.Credential
            # Examples use $credential where a user would call Get-Credential or Get-Secret.
            $credential = $sb.Credential
            $example = [scriptblock]::Create($Code)
            $null = & {
                $ErrorActionPreference = 'Stop'
                $ConfirmPreference = 'None'
                & $example
            } 6>&1 3>&1
        }
        finally {
            Pop-Location
            foreach ($key in $savedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($key, $savedEnvironment[$key]) }
            Disconnect-LiveDesk
        }

        $creating = @($Code -split "`n" | Where-Object { $_ -match 'New-LiveDeskContact' -and $_ -notmatch '^\s*#' })
        if ($creating.Count -gt 0) {
            $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb).Count
            if (@($creating | Where-Object { $_ -notmatch '-WhatIf' }).Count -eq 0) {
                $stored | Should -Be 0 -Because '-WhatIf creates nothing'
            }
            else {
                $stored | Should -BeGreaterThan 0 -Because 'the example creates contacts'
            }
        }
    }
}
