#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Unit tests of the help compiler (build/LiveDesk.HelpBuilder.psm1) on small inputs in TestDrive.
# The compiler runs in PowerShell 7 only (it is part of build.ps1; Markdig is loaded in its .NET 8 build), so
# Windows PowerShell skips these tests.

BeforeDiscovery {
    $script:skipDesktop = $PSVersionTable.PSEdition -eq 'Desktop'
}

BeforeAll {
    Import-Module "$PSScriptRoot/../../build/LiveDesk.HelpBuilder.psm1" -Force
    Import-Module "$PSScriptRoot/../../build/LiveDesk.BuildTools.psm1"

    function New-Doc {
        param([string] $Name, [string] $Text)
        $path = Join-Path $TestDrive "$Name.md"
        Set-Content -LiteralPath $path -Value $Text -Encoding UTF8
        $path
    }

    function Edit-ValidDoc([string] $Name, [string] $From, [string] $To) {
        # The valid document with one change, parsed; the change must apply, or the test would test nothing.
        $text = $validDoc.Replace("`r`n", "`n")
        $text.Contains($From) | Should -BeTrue -Because 'the test must change the document'
        New-Doc $Name $text.Replace($From, $To) | ConvertFrom-LiveDeskHelpMarkdown
    }

    # Metadata shaped like Get-LiveDeskCommandMetadata's output.
    function New-Metadata {
        param([string] $Name = 'Get-Thing', [switch] $ShouldProcess, [object[]] $Parameter)
        $json = @{
            Name                  = $Name
            Verb                  = $Name.Split('-')[0]
            Noun                  = $Name.Split('-')[1]
            CommandType           = 'Cmdlet'
            HelpFile              = 'Thing.dll-Help.xml'
            SupportsShouldProcess = [bool] $ShouldProcess
            DefaultParameterSet   = '__AllParameterSets'
            ParameterSets         = @(@{ Name = '__AllParameterSets'; IsDefault = $true; Parameters = @($Parameter | ForEach-Object { $_.Name }) })
            Parameters            = @($Parameter | ForEach-Object {
                    @{
                        Name = $_.Name; Type = $_.Type; TypeName = "System.$($_.Type)"; IsSwitch = ($_.Type -eq 'SwitchParameter'); Aliases = @($_.Aliases)
                        Values = @(); Globbing = $false; DefaultValue = $(if ($_.Default) { $_.Default } elseif ($_.Type -eq 'SwitchParameter') { 'False' } else { 'None' })
                        Sets = @{ __AllParameterSets = @{ Mandatory = [bool] $_.Mandatory; Position = $(if ($null -ne $_.Position) { $_.Position } else { [int]::MinValue }); ValueFromPipeline = $false; ValueFromPipelineByPropertyName = [bool] $_.ByPropertyName; ValueFromRemainingArguments = $false } }
                    }
                })
        } | ConvertTo-Json -Depth 10
        $json | ConvertFrom-Json
    }

    $script:validDoc = @'
---
external help file: Thing.dll-Help.xml
Module Name: Thing
online version:
schema: 2.0.0
---

# Get-Thing

## SYNOPSIS
Gets things.

## SYNTAX

```
Get-Thing [-Name] <String> [-Count <Int32>] [-WhatIf] [-Confirm] [<CommonParameters>]
```

## DESCRIPTION
First paragraph
continues here.

Second paragraph.

- item one
- item two

## EXAMPLES

### Example 1: Get one
```powershell
Get-Thing -Name 'a'
```

Gets the thing named a.

### Example 2: Get many
Intro sentence.

```powershell
Get-Thing -Count 2 |
    Select-Object Name
```

Gets two things.

## PARAMETERS

### -Name
The name of the thing.

```yaml
Type: String
Parameter Sets: (All)
Aliases: DisplayName, FullName

Required: True
Position: 0
Default value: None
Accept pipeline input: True (ByPropertyName)
Accept wildcard characters: False
```

### -Count
How many.

```yaml
Type: Int32
Parameter Sets: (All)
Aliases:

Required: False
Position: Named
Default value: 10
Accept pipeline input: False
Accept wildcard characters: False
```

### CommonParameters
This cmdlet supports the common parameters. For more information, see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).

## INPUTS

### System.String
A name.

## OUTPUTS

### Thing.Item
The thing.

## NOTES
A note.

## RELATED LINKS

[Set-Thing]()

[Online](https://example.com/thing)

- about_Thing
'@
}

Describe 'ConvertFrom-LiveDeskHelpMarkdown' -Skip:$skipDesktop {
    BeforeAll {
        $doc = New-Doc 'Get-Thing' $validDoc | ConvertFrom-LiveDeskHelpMarkdown
    }

    It 'reads the name, synopsis and description paragraphs' {
        $doc.Errors | Should -BeNullOrEmpty
        $doc.Name | Should -BeExactly 'Get-Thing'
        $doc.Synopsis | Should -BeExactly 'Gets things.'
        $doc.Description | Should -Be @('First paragraph continues here.', 'Second paragraph.', '- item one', '- item two')
    }

    It 'reads parameters with descriptions and their yaml blocks (CommonParameters is no parameter)' {
        $doc.Parameters.Name | Should -Be @('Name', 'Count')
        $doc.Parameters[0].Description | Should -Be @('The name of the thing.')
        $doc.Parameters[0].DefaultValue | Should -BeExactly 'None'
        $doc.Parameters[0].Metadata[0]['Aliases'] | Should -BeExactly 'DisplayName, FullName'
        $doc.Parameters[1].DefaultValue | Should -BeExactly '10'
        $doc.Parameters[1].Metadata[0]['Aliases'] | Should -BeExactly ''
    }

    It 'reads the front matter and the syntax blocks' {
        $doc.FrontMatter['schema'] | Should -BeExactly '2.0.0'
        $doc.FrontMatter['external help file'] | Should -BeExactly 'Thing.dll-Help.xml'
        $doc.Syntax | Should -Be @('Get-Thing [-Name] <String> [-Count <Int32>] [-WhatIf] [-Confirm] [<CommonParameters>]')
    }

    It 'reads inputs, outputs and notes' {
        $doc.Inputs.TypeName | Should -Be 'System.String'
        $doc.Outputs.TypeName | Should -Be 'Thing.Item'
        $doc.Outputs[0].Description | Should -Be 'The thing.'
        $doc.Notes | Should -Be 'A note.'
    }

    It 'reads examples: title, code without the fence, remarks' {
        $doc.Examples.Count | Should -Be 2
        $doc.Examples[0].Title | Should -BeExactly 'Example 1: Get one'
        $doc.Examples[0].Code | Should -BeExactly "Get-Thing -Name 'a'"
        $doc.Examples[0].Remarks | Should -Be 'Gets the thing named a.'
        $doc.Examples[1].Code | Should -BeExactly "Get-Thing -Count 2 |`n    Select-Object Name"
        $doc.Examples[1].Remarks | Should -Be @('Intro sentence.', 'Gets two things.')
    }

    It 'reads related links with and without URIs' {
        $doc.RelatedLinks.Text | Should -Be @('Set-Thing', 'Online', 'about_Thing')
        $doc.RelatedLinks.Uri | Should -Be @('', 'https://example.com/thing', '')
    }

    It 'renders inline markdown as help text: code spans kept, links with an absolute URI, bold as plain text' {
        $text = $validDoc.Replace('Second paragraph.', 'Use `-Name`, see [the docs](https://example.com/d) or [Set-Thing](), **really** *now*.')
        $d = New-Doc 'Inline' $text | ConvertFrom-LiveDeskHelpMarkdown
        $d.Errors | Should -BeNullOrEmpty
        $d.Description[1] | Should -BeExactly 'Use `-Name`, see the docs (https://example.com/d) or Set-Thing, really *now*.'
    }

    It 'keeps the yaml block out of the parameter description' {
        $doc.Parameters[1].Description | Should -Be @('How many.')
    }

    It 'does not treat headings inside code blocks as sections' {
        $text = $validDoc.Replace("Get-Thing -Name 'a'", "# not a title`n## NOT A SECTION`nGet-Thing")
        $d = New-Doc 'Fenced' $text | ConvertFrom-LiveDeskHelpMarkdown
        $d.Errors | Should -BeNullOrEmpty
        $d.Examples[0].Code | Should -BeExactly "# not a title`n## NOT A SECTION`nGet-Thing"
    }

    It 'accepts CRLF line endings' {
        $path = Join-Path $TestDrive 'Crlf.md'
        [IO.File]::WriteAllText($path, ($validDoc -replace "`r?`n", "`r`n"))
        $d = ConvertFrom-LiveDeskHelpMarkdown -Path $path
        $d.Errors | Should -BeNullOrEmpty
        $d.Examples[1].Code | Should -BeExactly "Get-Thing -Count 2 |`n    Select-Object Name"
    }

    It 'reports <Case>' -TestCases @(
        @{ Case = 'a missing section'; From = "## SYNOPSIS`nGets things.`n"; To = ''; Pattern = "missing section '## SYNOPSIS'" }
        @{ Case = 'an unknown section'; From = '## NOTES'; To = '## REMARKS'; Pattern = "unknown section '## REMARKS'" }
        @{ Case = 'an empty synopsis'; From = "## SYNOPSIS`nGets things."; To = '## SYNOPSIS'; Pattern = 'SYNOPSIS is empty' }
        @{ Case = 'an example without code'; From = "``````powershell`nGet-Thing -Name 'a'`n``````"; To = 'no code'; Pattern = "'Example 1: Get one' needs exactly one fenced code block" }
        @{ Case = 'an example without a sentence'; From = 'Gets the thing named a.'; To = ''; Pattern = "'Example 1: Get one' needs a sentence" }
        @{ Case = 'a malformed parameter heading'; From = '### -Count'; To = '### Count'; Pattern = "'### Count' must be '### -ParameterName'" }
        @{ Case = 'an unclosed code fence'; From = "A note."; To = "``````"; Pattern = 'not closed' }
    ) {
        param($Case, $From, $To, $Pattern)
        $d = Edit-ValidDoc 'Broken' $From $To
        ($d.Errors -join "`n") | Should -Match ([regex]::Escape($Pattern))
    }
}

Describe 'ConvertTo-LiveDeskMaml' -Skip:$skipDesktop {
    BeforeAll {
        $parameters = @(
            @{ Name = 'Name'; Type = 'String'; Mandatory = $true; Position = 0; ByPropertyName = $true; Aliases = @('DisplayName', 'FullName') }
            @{ Name = 'Count'; Type = 'Int32'; Default = '10' }
        )
        $metadata = New-Metadata -Parameter $parameters -ShouldProcess
        $doc = New-Doc 'Get-Thing' $validDoc | ConvertFrom-LiveDeskHelpMarkdown
        [xml] $xml = ConvertTo-LiveDeskMaml -Document $doc -Metadata $metadata
        $ns = New-Object System.Xml.XmlNamespaceManager $xml.NameTable
        $ns.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $ns.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $ns.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
        $command = $xml.SelectSingleNode('//command:command', $ns)
    }

    It 'writes one command with name, verb, noun and synopsis' {
        $xml.DocumentElement.LocalName | Should -Be 'helpItems'
        $command.SelectSingleNode('command:details/command:name', $ns).InnerText | Should -BeExactly 'Get-Thing'
        $command.SelectSingleNode('command:details/command:verb', $ns).InnerText | Should -BeExactly 'Get'
        $command.SelectSingleNode('command:details/command:noun', $ns).InnerText | Should -BeExactly 'Thing'
        $command.SelectSingleNode('command:details/maml:description/maml:para', $ns).InnerText | Should -BeExactly 'Gets things.'
        @($command.SelectNodes('maml:description/maml:para', $ns)).Count | Should -Be 4
    }

    It 'takes type, mandatory, position, pipeline input and aliases from the metadata' {
        $p = $command.SelectSingleNode("command:parameters/command:parameter[maml:name='Name']", $ns)
        $p.required | Should -Be 'true'
        $p.position | Should -Be '0'
        $p.pipelineInput | Should -Be 'True (ByPropertyName)'
        $p.aliases | Should -Be 'DisplayName, FullName'
        $p.SelectSingleNode('command:parameterValue', $ns).InnerText | Should -Be 'String'
        $p.SelectSingleNode('dev:type/maml:name', $ns).InnerText | Should -Be 'System.String'
        $p.SelectSingleNode('dev:defaultValue', $ns).InnerText | Should -Be 'None'
        $c = $command.SelectSingleNode("command:parameters/command:parameter[maml:name='Count']", $ns)
        $c.required | Should -Be 'false'
        $c.position | Should -Be 'named'
        $c.pipelineInput | Should -Be 'False'
        $c.aliases | Should -Be 'none'
        $c.SelectSingleNode('dev:defaultValue', $ns).InnerText | Should -Be '10' -Because 'the default comes from the cmdlet'
    }

    It 'adds -WhatIf and -Confirm with standard text for ShouldProcess commands' {
        $names = @($command.SelectNodes('command:syntax/command:syntaxItem/command:parameter/maml:name', $ns) | ForEach-Object InnerText)
        $names | Should -Be @('Name', 'Count', 'WhatIf', 'Confirm')
        $whatIf = $command.SelectSingleNode("command:parameters/command:parameter[maml:name='WhatIf']", $ns)
        $whatIf.SelectSingleNode('maml:description/maml:para', $ns).InnerText | Should -Match 'not run'
        # switches have no value in the syntax
        $command.SelectSingleNode("command:syntax/command:syntaxItem/command:parameter[maml:name='WhatIf']/command:parameterValue", $ns) | Should -BeNullOrEmpty
    }

    It 'writes inputs, outputs, notes, examples and links' {
        $command.SelectSingleNode('command:inputTypes/command:inputType/dev:type/maml:name', $ns).InnerText | Should -Be 'System.String'
        $command.SelectSingleNode('command:returnValues/command:returnValue/dev:type/maml:name', $ns).InnerText | Should -Be 'Thing.Item'
        $command.SelectSingleNode('maml:alertSet/maml:alert/maml:para', $ns).InnerText | Should -Be 'A note.'
        $examples = @($command.SelectNodes('command:examples/command:example', $ns))
        $examples.Count | Should -Be 2
        $examples[0].SelectSingleNode('maml:title', $ns).InnerText | Should -Match 'Example 1: Get one'
        $examples[0].SelectSingleNode('dev:code', $ns).InnerText | Should -BeExactly "Get-Thing -Name 'a'"
        $examples[0].SelectSingleNode('dev:remarks/maml:para', $ns).InnerText | Should -Be 'Gets the thing named a.'
        @($command.SelectNodes('command:relatedLinks/maml:navigationLink/maml:uri', $ns) | ForEach-Object InnerText) | Should -Be @('', 'https://example.com/thing', '')
    }

    It 'escapes XML special characters in prose and code' {
        $text = $validDoc.Replace('Second paragraph.', 'Use <b> & "quotes" ]]> here.').Replace("Get-Thing -Name 'a'", "Get-Thing -Name 'a&b' 2>&1 | ? { `$_ -lt 3 }")
        $d = New-Doc 'Escaping' $text | ConvertFrom-LiveDeskHelpMarkdown
        $d.Name = 'Get-Thing'
        $raw = ConvertTo-LiveDeskMaml -Document $d -Metadata $metadata
        $raw | Should -Not -Match '<b>'
        [xml] $parsed = $raw
        $c = $parsed.SelectSingleNode('//command:command', $ns)
        $c.SelectNodes('maml:description/maml:para', $ns)[1].InnerText | Should -BeExactly 'Use <b> & "quotes" ]]> here.'
        $c.SelectSingleNode('command:examples/command:example/dev:code', $ns).InnerText | Should -BeExactly "Get-Thing -Name 'a&b' 2>&1 | ? { `$_ -lt 3 }"
    }

    It 'fails when a command has no document' {
        $other = New-Metadata -Name 'Set-Thing' -Parameter @(@{ Name = 'Name'; Type = 'String' })
        { ConvertTo-LiveDeskMaml -Document $doc -Metadata @($metadata, $other) } | Should -Throw '*Set-Thing: no help document*'
    }

    It 'fails when a document names no command' {
        $extra = New-Doc 'Remove-Thing' $validDoc.Replace('# Get-Thing', '# Remove-Thing') | ConvertFrom-LiveDeskHelpMarkdown
        { ConvertTo-LiveDeskMaml -Document @($doc, $extra) -Metadata $metadata } | Should -Throw "*documents 'Remove-Thing', which is not a command*"
    }

    It 'fails when a parameter has no description' {
        $more = New-Metadata -ShouldProcess -Parameter ($parameters + @{ Name = 'Force'; Type = 'SwitchParameter' })
        { ConvertTo-LiveDeskMaml -Document $doc -Metadata $more } | Should -Throw '*parameter -Force has no description*'
    }

    It 'fails when a documented parameter has an empty description' {
        $d = New-Doc 'Empty' $validDoc.Replace('How many.', '') | ConvertFrom-LiveDeskHelpMarkdown
        { ConvertTo-LiveDeskMaml -Document $d -Metadata $metadata } | Should -Throw '*parameter -Count has no description*'
    }

    It 'fails when the document describes a parameter the command lacks' {
        $fewer = New-Metadata -ShouldProcess -Parameter @($parameters[0])
        { ConvertTo-LiveDeskMaml -Document $doc -Metadata $fewer } | Should -Throw '*describes parameter -Count, which the command does not have*'
    }

    It 'fails on a parameter spelled in another case' {
        $d = New-Doc 'Case' $validDoc.Replace('### -Count', '### -count') | ConvertFrom-LiveDeskHelpMarkdown
        { ConvertTo-LiveDeskMaml -Document $d -Metadata $metadata } | Should -Throw '*spells parameter -count*'
    }

    It 'reports every problem at once' {
        $more = New-Metadata -ShouldProcess -Parameter @($parameters[0], @{ Name = 'Force'; Type = 'SwitchParameter' }, @{ Name = 'Path'; Type = 'String' })
        $err = { ConvertTo-LiveDeskMaml -Document $doc -Metadata $more } | Should -Throw -PassThru
        $err.Exception.Message | Should -Match '4 problem'
        $err.Exception.Message | Should -Match 'SYNTAX'
        $err.Exception.Message | Should -Match '-Force'
        $err.Exception.Message | Should -Match '-Path'
        $err.Exception.Message | Should -Match '-Count'
    }

    It 'does not require -WhatIf, -Confirm or paging parameters to be documented' {
        $paging = New-Metadata -ShouldProcess -Parameter ($parameters + @(@{ Name = 'First'; Type = 'UInt64' }, @{ Name = 'Skip'; Type = 'UInt64' }, @{ Name = 'IncludeTotalCount'; Type = 'SwitchParameter' }))
        $syntax = 'Get-Thing [-Name] <String> [-Count <Int32>] [-First <UInt64>] [-Skip <UInt64>] [-IncludeTotalCount] [-WhatIf] [-Confirm] [<CommonParameters>]'
        $d = New-Doc 'Paging' ($validDoc -replace '(?m)^Get-Thing \[-Name\].*$', $syntax) | ConvertFrom-LiveDeskHelpMarkdown
        [xml] $x = ConvertTo-LiveDeskMaml -Document $d -Metadata $paging
        $x.SelectSingleNode("//command:parameters/command:parameter[maml:name='First']/maml:description/maml:para", $ns).InnerText | Should -Match 'number of objects'
    }
}

Describe 'Test-LiveDeskHelp: the page says what the cmdlet says' -Skip:$skipDesktop {
    BeforeAll {
        $metadata = New-Metadata -ShouldProcess -Parameter @(
            @{ Name = 'Name'; Type = 'String'; Mandatory = $true; Position = 0; ByPropertyName = $true; Aliases = @('DisplayName', 'FullName') }
            @{ Name = 'Count'; Type = 'Int32'; Default = '10' }
        )
    }

    It 'finds nothing wrong with a page that agrees with the cmdlet' {
        $doc = New-Doc 'Get-Thing' $validDoc | ConvertFrom-LiveDeskHelpMarkdown
        @(Test-LiveDeskHelp -Document $doc -Metadata $metadata) | Should -BeNullOrEmpty
    }

    It 'reports <Case>' -TestCases @(
        @{ Case = 'a default value the cmdlet does not have'; From = 'Default value: 10'; To = 'Default value: 20'; Pattern = "Get-Thing -Count: the page says 'Default value: 20', the cmdlet 'Default value: 10'" }
        @{ Case = 'another type'; From = 'Type: Int32'; To = 'Type: Int64'; Pattern = "-Count: the page says 'Type: Int64'" }
        @{ Case = 'a parameter said to be optional that is mandatory'; From = 'Required: True'; To = 'Required: False'; Pattern = "-Name: the page says 'Required: False'" }
        @{ Case = 'a missing alias'; From = 'Aliases: DisplayName, FullName'; To = 'Aliases: DisplayName'; Pattern = "'Aliases: DisplayName, FullName'" }
        @{ Case = 'a parameter without its yaml block'; From = "How many.`n`n``````yaml"; To = "How many.`n`n``````text"; Pattern = '-Count: the page has 0 yaml block(s)' }
        @{ Case = 'a syntax that differs'; From = '[-Count <Int32>] [-WhatIf]'; To = '[-WhatIf]'; Pattern = 'the SYNTAX blocks differ' }
        @{ Case = 'a front matter for another schema'; From = 'schema: 2.0.0'; To = 'schema: 1.0.0'; Pattern = "'schema: 2.0.0' (found '1.0.0')" }
    ) {
        param($Case, $From, $To, $Pattern)
        $doc = Edit-ValidDoc 'Get-Thing' $From $To
        (@(Test-LiveDeskHelp -Document $doc -Metadata $metadata) -join "`n") | Should -Match ([regex]::Escape($Pattern))
    }
}

Describe 'ConvertTo-LiveDeskAboutHelp' -Skip:$skipDesktop {
    It 'converts headings, wraps prose at 80 columns and indents code' {
        $path = New-Doc 'about_Thing' @'
# about_Thing

## SHORT DESCRIPTION
Things.

## LONG DESCRIPTION
This is a long paragraph that certainly goes on for more than eighty characters, so it has to be wrapped.

### Sub topic
- a list item

```powershell
Get-Thing   -Name 'a'
```
'@
        $text = ConvertTo-LiveDeskAboutHelp -Path $path
        $lines = $text -split "`n"
        $lines[0] | Should -BeExactly 'TOPIC'
        $lines[1] | Should -BeExactly '    about_Thing'
        $lines | Should -Contain 'SHORT DESCRIPTION'
        $lines | Should -Contain '    Things.'
        $lines | Should -Contain '    SUB TOPIC'
        $lines | Should -Contain '    - a list item'
        $lines | Should -Contain "        Get-Thing   -Name 'a'"
        ($lines | Where-Object { $_.Length -gt 80 }) | Should -BeNullOrEmpty
        ($text -replace '\s+', ' ') | Should -Match 'This is a long paragraph that certainly goes on for more than eighty characters, so it has to be wrapped\.'
        @($lines | Where-Object { $_ -match 'long paragraph|to be wrapped' }).Count | Should -Be 2
    }

    It 'requires an about_ title' {
        $path = New-Doc 'about_Bad' "# Bad`n`ntext"
        { ConvertTo-LiveDeskAboutHelp -Path $path } | Should -Throw "*must start with '# about_<Topic>'*"
    }
}

Describe 'Build-LiveDeskHelp on a compiled module' -Skip:$skipDesktop {
    BeforeAll {
        # A tiny binary module compiled in a child process (the compiled assembly stays out of this session).
        $moduleDir = Join-Path $TestDrive 'Thing'
        $docsDir = Join-Path $TestDrive 'docs'
        New-Item -ItemType Directory -Path $moduleDir, $docsDir | Out-Null
        $source = @'
using System.Management.Automation;
namespace Thing {
    [Cmdlet(VerbsCommon.Get, "Thing", DefaultParameterSetName = "ByName", SupportsShouldProcess = true)]
    public class GetThing : PSCmdlet {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "ByName", ValueFromPipelineByPropertyName = true)]
        [Alias("DisplayName", "FullName")]
        public string Name { get; set; }
        [Parameter(ParameterSetName = "ById", ValueFromPipeline = true)]
        public long Id { get; set; }
        [Parameter]
        public int Count { get; set; } = 10;
        protected override void ProcessRecord() { WriteObject(Name); }
    }
}
'@
        Set-Content -LiteralPath (Join-Path $TestDrive 'Thing.cs') -Value $source
        $dll = Join-Path $moduleDir 'Thing.dll'
        $compile = "Add-Type -LiteralPath '$(Join-Path $TestDrive 'Thing.cs')' -OutputAssembly '$dll' -OutputType Library"
        $compiled = Invoke-ChildPwsh -Command $compile -TimeoutSec 300
        $compiled.ExitCode | Should -Be 0 -Because ($compiled.Output -join "`n")
        New-ModuleManifest -Path (Join-Path $moduleDir 'Thing.psd1') -RootModule 'Thing.dll' -ModuleVersion '1.0.0' -CmdletsToExport 'Get-Thing'

        $idYaml = "``````yaml`nType: Int64`nParameter Sets: ById`nAliases:`n`nRequired: False`nPosition: Named`nDefault value: None`nAccept pipeline input: True (ByValue)`nAccept wildcard characters: False`n``````"
        $syntax = "### ByName (Default)`n`n``````'nGet-Thing [-Name] <String> [-Count <Int32>] [-WhatIf] [-Confirm] [<CommonParameters>]`n```````n`n### ById`n`n``````'nGet-Thing [-Id <Int64>] [-Count <Int32>] [-WhatIf] [-Confirm] [<CommonParameters>]`n``````".Replace("'n", "`n")
        $text = $validDoc.Replace("`r`n", "`n").Replace("### -Count`nHow many.", "### -Id`nThe ID of the thing.`n`n$idYaml`n`n### -Count`nHow many.")
        $text = $text.Replace("Parameter Sets: (All)`nAliases: DisplayName", "Parameter Sets: ByName`nAliases: DisplayName")
        $text = $text.Replace("``````'nGet-Thing [-Name] <String> [-Count <Int32>] [-WhatIf] [-Confirm] [<CommonParameters>]`n``````".Replace("'n", "`n"), $syntax)
        Set-Content -LiteralPath (Join-Path $docsDir 'Get-Thing.md') -Value $text
        Set-Content -LiteralPath (Join-Path $docsDir 'about_Thing.md') -Value "# about_Thing`n`n## SHORT DESCRIPTION`nAll about things.`n"
        Set-Content -LiteralPath (Join-Path $docsDir 'README.md') -Value "# Not help`n`nIgnored."
        $written = Build-LiveDeskHelp -DocsPath $docsDir -ModulePath $moduleDir

        # Read the help the way users do, in a fresh process.
        $probe = @'
Import-Module '__MODULE__'
$help = Get-Help Get-Thing -Full
[pscustomobject]@{
    Synopsis   = $help.Synopsis
    Syntax     = ($help.syntax | Out-String -Width 300)
    Parameters = @($help.parameters.parameter | ForEach-Object { [pscustomobject]@{ Name = $_.name; Type = $_.type.name; Required = $_.required; Position = $_.position; Pipeline = $_.pipelineInput; Aliases = $_.aliases; Default = $_.defaultValue; Text = ($_.description | Out-String).Trim() } })
    Examples   = @($help.examples.example | ForEach-Object { $_.code })
    About      = (Get-Help about_Thing | Out-String)
} | ConvertTo-Json -Depth 5
'@.Replace('__MODULE__', (Join-Path $moduleDir 'Thing.psd1'))
        $probed = Invoke-ChildPwsh -Command $probe -TimeoutSec 300
        $probed.ExitCode | Should -Be 0 -Because ($probed.Output -join "`n")
        $help = ($probed.StandardOutput -join "`n") | ConvertFrom-Json
    }

    It 'writes the MAML next to the assembly and the about topic' {
        @($written | ForEach-Object Name) | Should -Be @('Thing.dll-Help.xml', 'about_Thing.help.txt')
        Test-Path -LiteralPath (Join-Path $moduleDir 'en-US/Thing.dll-Help.xml') | Should -BeTrue
    }

    It 'is read by Get-Help' {
        $help.Synopsis | Should -BeExactly 'Gets things.'
        $help.Examples | Should -Contain "Get-Thing -Name 'a'"
        $help.About | Should -Match 'All about things'
    }

    It 'shows one syntax per parameter set with -WhatIf and -Confirm' {
        $help.Syntax | Should -Match 'Get-Thing \[-Name\] <String> \[-Count <Int32>\] \[-WhatIf\] \[-Confirm\]'
        $help.Syntax | Should -Match 'Get-Thing \[-Id <Int64>\] \[-Count <Int32>\] \[-WhatIf\] \[-Confirm\]'
    }

    It 'describes the parameters with metadata from the assembly' {
        $name = $help.Parameters | Where-Object Name -EQ 'Name'
        $name.Type | Should -Be 'System.String'
        $name.Required | Should -Be 'true'
        $name.Position | Should -Be '0'
        $name.Pipeline | Should -Be 'True (ByPropertyName)'
        $name.Aliases | Should -Be 'DisplayName, FullName'
        $name.Default | Should -Be 'None'
        $name.Text | Should -Be 'The name of the thing.'
        $id = $help.Parameters | Where-Object Name -EQ 'Id'
        $id.Type | Should -Be 'System.Int64'
        $id.Pipeline | Should -Be 'True (ByValue)'
        $id.Required | Should -Be 'false'
        ($help.Parameters | Where-Object Name -EQ 'Count').Default | Should -Be '10' -Because 'the default is read from the cmdlet'
    }

    It 'Update-LiveDeskHelpMarkdown writes the SYNTAX and yaml blocks a page lacks, and only those' {
        $page = Join-Path $docsDir 'Get-Thing.md'
        $complete = Get-Content -Raw -LiteralPath $page
        $bare = ($complete -replace '(?s)## SYNTAX.*?(?=## DESCRIPTION)', '') -replace '(?s)```yaml.*?```\n', ''
        $bare | Should -Not -Match '```yaml'
        Set-Content -LiteralPath $page -Value $bare -NoNewline
        { Build-LiveDeskHelp -DocsPath $docsDir -ModulePath $moduleDir } | Should -Throw '*SYNTAX*'
        @(Update-LiveDeskHelpMarkdown -DocsPath $docsDir -ModulePath $moduleDir).Name | Should -Be 'Get-Thing.md'
        $updated = Get-Content -Raw -LiteralPath $page
        $updated | Should -Match 'Default value: 10'
        $updated | Should -Match 'The name of the thing\.'
        { Build-LiveDeskHelp -DocsPath $docsDir -ModulePath $moduleDir } | Should -Not -Throw
        @(Update-LiveDeskHelpMarkdown -DocsPath $docsDir -ModulePath $moduleDir) | Should -BeNullOrEmpty -Because 'a page that agrees with the code is left alone'
    }

    It 'fails the build when the markdown is out of date' {
        Set-Content -LiteralPath (Join-Path $docsDir 'Get-Thing.md') -Value $validDoc  # lacks -Id
        { Build-LiveDeskHelp -DocsPath $docsDir -ModulePath $moduleDir } | Should -Throw '*parameter -Id has no description*'
    }
}
