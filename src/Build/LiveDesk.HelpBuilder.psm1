#Requires -Version 5.1
<#
    LiveDesk.HelpBuilder: compiles the cmdlet help of a binary module from markdown.

    Markdown convention: see docs/README.md. In short, one file per cmdlet,
    docs/<Cmdlet-Name>.md, with the sections

        # <Cmdlet-Name>
        ## SYNOPSIS
        ## DESCRIPTION
        ## PARAMETERS        (### -Name, description, optional "Default value: ..." line)
        ## INPUTS            (### TypeName, description)
        ## OUTPUTS           (### TypeName, description)
        ## NOTES
        ## EXAMPLES          (### Example N: Title, one ```powershell block, remarks)
        ## RELATED LINKS     (- [Text](uri) or - Text)

    and about topics docs/about_<Topic>.md compiled to en-US/about_<Topic>.help.txt.

    Parameter metadata (type, mandatory, position, pipeline input, aliases and
    parameter sets) is read from the compiled cmdlets in a separate PowerShell
    process, so the help always matches the binary; the markdown only carries
    prose and default values.
#>

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# The child-PowerShell launcher shared by build and tests.
Import-Module (Join-Path $PSScriptRoot 'LiveDesk.BuildTools.psm1')

# Parameters the cmdlet docs need not describe: the builder supplies the text.
$script:StandardParameterText = @{
    WhatIf            = 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'
    Confirm           = 'Prompts you for confirmation before running the cmdlet.'
    First             = 'Gets only the specified number of objects. Enter the number of objects to get.'
    Skip              = 'Ignores the specified number of objects and then gets the remaining objects. Enter the number of objects to skip.'
    IncludeTotalCount = 'Reports the total number of objects in the data set (an integer) followed by the selected objects. If the cmdlet cannot determine the total count, it displays "Unknown total count." The integer has an Accuracy property that indicates the reliability of the total count value.'
}
$script:ShouldProcessParameters = @('WhatIf', 'Confirm')
$script:NsMaml = 'http://schemas.microsoft.com/maml/2004/10'
$script:NsDev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$script:KnownSections = @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'EXAMPLES', 'RELATED LINKS')
$script:RequiredSections = @('SYNOPSIS', 'DESCRIPTION', 'PARAMETERS', 'EXAMPLES')

function ConvertTo-HelpParagraph {
    # Turns markdown body lines into plain-text paragraphs: blank lines separate
    # paragraphs, list items become paragraphs of their own, fenced code keeps its lines.
    [CmdletBinding()]
    [OutputType([string[]])]
    param([AllowEmptyCollection()][AllowEmptyString()][string[]] $Line = @())

    $paragraphs = New-Object System.Collections.Generic.List[string]
    $current = New-Object System.Collections.Generic.List[string]
    $inFence = $false
    $fence = New-Object System.Collections.Generic.List[string]

    $flush = {
        if ($current.Count -gt 0) {
            $paragraphs.Add((ConvertFrom-InlineMarkdown ($current -join ' ')))
            $current.Clear()
        }
    }

    foreach ($raw in $Line) {
        $text = $raw.TrimEnd()
        if ($text -match '^\s*```') {
            if ($inFence) {
                $paragraphs.Add(($fence | ForEach-Object { '    ' + $_ }) -join [Environment]::NewLine)
                $fence.Clear()
                $inFence = $false
            }
            else {
                & $flush
                $inFence = $true
            }
            continue
        }
        if ($inFence) { $fence.Add($text); continue }
        if ($text -eq '') { & $flush; continue }
        if ($text -match '^\s*([-*+]|\d+\.)\s+') {
            # a list item starts a paragraph of its own
            & $flush
            $current.Add(($text.Trim() -replace '^[*+]\s+', '- '))
            continue
        }
        $current.Add($text.Trim())
    }
    if ($inFence -and $fence.Count -gt 0) {
        $paragraphs.Add(($fence | ForEach-Object { '    ' + $_ }) -join [Environment]::NewLine)
    }
    & $flush
    return , $paragraphs.ToArray()
}

function ConvertFrom-InlineMarkdown {
    # [text](uri) -> text (uri); **bold** and __bold__ -> bold. Backticks stay: they mark code.
    param([string] $Text)
    $Text = [regex]::Replace($Text, '\[([^\]]+)\]\(([^)\s]+)\)', {
            param($m)
            if ($m.Groups[2].Value -match '^[a-z]+://') { '{0} ({1})' -f $m.Groups[1].Value, $m.Groups[2].Value }
            else { $m.Groups[1].Value }
        })
    $Text = $Text -replace '\*\*([^*]+)\*\*', '$1' -replace '__([^_]+)__', '$1'
    return $Text
}

function ConvertFrom-LiveDeskHelpMarkdown {
    <#
    .SYNOPSIS
    Parses one cmdlet help markdown file into an object (Name, Synopsis, Description, Parameters,
    Inputs, Outputs, Notes, Examples, RelatedLinks, Errors).
    .DESCRIPTION
    Format problems do not throw here; they are collected in the Errors property so that the build
    can report every problem of every file at once.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string] $Path
    )
    process {
        $file = (Resolve-Path -LiteralPath $Path).ProviderPath
        $fileName = [IO.Path]::GetFileName($file)
        $lines = [IO.File]::ReadAllLines($file)
        $errors = New-Object System.Collections.Generic.List[string]

        $name = $null
        $sections = [ordered]@{}      # SECTION -> @{ Body = List[string]; Subsections = ordered(title -> List[string]) }
        $section = $null
        $subsection = $null
        $inFence = $false
        $lineNumber = 0

        foreach ($line in $lines) {
            $lineNumber++
            if ($line -match '^\s*```') { $inFence = -not $inFence }
            if (-not $inFence) {
                if ($line -match '^#\s+(.+?)\s*#*\s*$') {
                    if ($null -ne $name) { $errors.Add("${fileName}:${lineNumber}: more than one '# ' title.") }
                    else { $name = $Matches[1].Trim() }
                    $section = $null; $subsection = $null
                    continue
                }
                if ($line -match '^##\s+(.+?)\s*#*\s*$') {
                    $title = $Matches[1].Trim().ToUpperInvariant()
                    if ($script:KnownSections -notcontains $title) {
                        $errors.Add("${fileName}:${lineNumber}: unknown section '## $($Matches[1].Trim())'. Known sections: $($script:KnownSections -join ', ').")
                    }
                    if ($sections.Contains($title)) {
                        $errors.Add("${fileName}:${lineNumber}: section '## $title' appears twice.")
                    }
                    else {
                        $sections[$title] = @{ Body = (New-Object System.Collections.Generic.List[string]); Subsections = [ordered]@{}; Line = $lineNumber }
                    }
                    $section = $sections[$title]
                    $subsection = $null
                    continue
                }
                if ($line -match '^###\s+(.+?)\s*#*\s*$') {
                    if ($null -eq $section) {
                        $errors.Add("${fileName}:${lineNumber}: '### $($Matches[1])' outside of a '## ' section.")
                        continue
                    }
                    $title = $Matches[1].Trim()
                    if ($section.Subsections.Contains($title)) {
                        $errors.Add("${fileName}:${lineNumber}: '### $title' appears twice.")
                        $title = "$title ($lineNumber)"
                    }
                    $subsection = New-Object System.Collections.Generic.List[string]
                    $section.Subsections[$title] = $subsection
                    continue
                }
            }
            if ($null -ne $subsection) { $subsection.Add($line) }
            elseif ($null -ne $section) { $section.Body.Add($line) }
            elseif ($line.Trim() -ne '') { $errors.Add("${fileName}:${lineNumber}: text before the first '## ' section.") }
        }
        if ($inFence) { $errors.Add("${fileName}: a ``````` code fence is not closed.") }

        if ($null -eq $name) { $errors.Add("${fileName}: no '# <Cmdlet-Name>' title.") }
        foreach ($required in $script:RequiredSections) {
            if (-not $sections.Contains($required)) { $errors.Add("${fileName}: missing section '## $required'.") }
        }

        $getParagraphs = {
            param($title)
            if ($sections.Contains($title)) { , (ConvertTo-HelpParagraph -Line $sections[$title].Body.ToArray()) } else { , @() }
        }
        $synopsis = & $getParagraphs 'SYNOPSIS'
        $description = & $getParagraphs 'DESCRIPTION'
        $notes = & $getParagraphs 'NOTES'
        if ($sections.Contains('SYNOPSIS') -and $synopsis.Count -eq 0) { $errors.Add("${fileName}: the SYNOPSIS is empty.") }
        if ($sections.Contains('DESCRIPTION') -and $description.Count -eq 0) { $errors.Add("${fileName}: the DESCRIPTION is empty.") }

        # PARAMETERS: ### -Name, prose, optional 'Default value: x' line.
        $parameters = New-Object System.Collections.Generic.List[object]
        if ($sections.Contains('PARAMETERS')) {
            foreach ($title in $sections['PARAMETERS'].Subsections.Keys) {
                if ($title -notmatch '^-([A-Za-z][A-Za-z0-9_]*)$') {
                    $errors.Add("${fileName}: parameter heading '### $title' must be '### -ParameterName'.")
                    continue
                }
                $parameterName = $Matches[1]
                $default = $null
                $prose = New-Object System.Collections.Generic.List[string]
                foreach ($bodyLine in $sections['PARAMETERS'].Subsections[$title]) {
                    if ($bodyLine -match '^\s*Default value:\s*(.*?)\s*$') {
                        $default = $Matches[1] -replace '^`(.*)`$', '$1'
                    }
                    else { $prose.Add($bodyLine) }
                }
                $parameters.Add([pscustomobject]@{
                        Name         = $parameterName
                        Description  = ConvertTo-HelpParagraph -Line $prose.ToArray()
                        DefaultValue = $default
                    })
            }
            if ((@($sections['PARAMETERS'].Body | Where-Object { $_.Trim() -ne '' })).Count -gt 0) {
                $errors.Add("${fileName}: text in '## PARAMETERS' outside of a '### -Name' subsection.")
            }
        }

        # INPUTS / OUTPUTS: ### TypeName, prose.
        $typeSection = {
            param($title)
            $items = New-Object System.Collections.Generic.List[object]
            if ($sections.Contains($title)) {
                foreach ($typeName in $sections[$title].Subsections.Keys) {
                    $items.Add([pscustomobject]@{
                            TypeName    = $typeName
                            Description = ConvertTo-HelpParagraph -Line $sections[$title].Subsections[$typeName].ToArray()
                        })
                }
                $loose = ConvertTo-HelpParagraph -Line $sections[$title].Body.ToArray()
                if ($loose.Count -gt 0) {
                    $errors.Add("${fileName}: '## $title' needs a '### TypeName' subsection per type (use '### None' for none).")
                }
            }
            , $items.ToArray()
        }
        $inputs = & $typeSection 'INPUTS'
        $outputs = & $typeSection 'OUTPUTS'

        # EXAMPLES: ### Example N: Title, exactly one fenced code block, remarks.
        $examples = New-Object System.Collections.Generic.List[object]
        if ($sections.Contains('EXAMPLES')) {
            foreach ($title in $sections['EXAMPLES'].Subsections.Keys) {
                $code = New-Object System.Collections.Generic.List[string]
                $remarks = New-Object System.Collections.Generic.List[string]
                $fences = 0
                $inCode = $false
                foreach ($bodyLine in $sections['EXAMPLES'].Subsections[$title]) {
                    if ($bodyLine -match '^\s*```') {
                        if (-not $inCode) { $fences++ }
                        $inCode = -not $inCode
                        continue
                    }
                    if ($inCode) { $code.Add($bodyLine.TrimEnd()) } else { $remarks.Add($bodyLine) }
                }
                if ($fences -ne 1) { $errors.Add("${fileName}: example '$title' needs exactly one fenced code block (found $fences).") }
                $remarkParagraphs = ConvertTo-HelpParagraph -Line $remarks.ToArray()
                if ($remarkParagraphs.Count -eq 0) { $errors.Add("${fileName}: example '$title' needs a sentence that explains it.") }
                $examples.Add([pscustomobject]@{
                        Title   = $title
                        Code    = (($code -join "`n").Trim("`n"))
                        Remarks = $remarkParagraphs
                    })
            }
            if ($examples.Count -eq 0) { $errors.Add("${fileName}: '## EXAMPLES' has no '### Example 1: Title' subsection.") }
        }

        # RELATED LINKS: - [Text](uri) | - [Text]() | - Text
        $links = New-Object System.Collections.Generic.List[object]
        if ($sections.Contains('RELATED LINKS')) {
            foreach ($bodyLine in $sections['RELATED LINKS'].Body) {
                $item = $bodyLine.Trim()
                if ($item -eq '') { continue }
                $item = $item -replace '^[-*+]\s+', ''
                if ($item -match '^\[([^\]]+)\]\(([^)]*)\)$') {
                    $links.Add([pscustomobject]@{ Text = $Matches[1]; Uri = $Matches[2] })
                }
                else {
                    $links.Add([pscustomobject]@{ Text = $item; Uri = '' })
                }
            }
        }

        [pscustomobject]@{
            PSTypeName   = 'LiveDesk.HelpBuilder.Document'
            Path         = $file
            Name         = $name
            Synopsis     = ($synopsis -join ' ')
            Description  = $description
            Parameters   = $parameters.ToArray()
            Inputs       = $inputs
            Outputs      = $outputs
            Notes        = $notes
            Examples     = $examples.ToArray()
            RelatedLinks = $links.ToArray()
            Errors       = $errors.ToArray()
        }
    }
}

function Get-LiveDeskCommandMetadata {
    <#
    .SYNOPSIS
    Imports a module in a separate PowerShell process and returns the metadata of its cmdlets.
    .DESCRIPTION
    A separate process keeps the build's own session free of the freshly built assembly (which
    would otherwise stay loaded and locked). Returns one object per cmdlet with Name, Verb, Noun,
    HelpFile, DefaultParameterSet, ParameterSets (each with its parameters in syntax order) and
    Parameters (per parameter: Type, TypeName, IsSwitch, Aliases and per-set Mandatory, Position,
    ValueFromPipeline, ValueFromPipelineByPropertyName).
    #>
    [CmdletBinding()]
    param(
        # The module folder (containing <Name>.psd1) or the path of a .psd1/.dll.
        [Parameter(Mandatory)]
        [string] $ModulePath
    )

    $target = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
    if (Test-Path -LiteralPath $target -PathType Container) {
        $manifest = Join-Path $target ((Split-Path $target -Leaf) + '.psd1')
        if (-not (Test-Path -LiteralPath $manifest)) { throw "No module manifest '$manifest'." }
        $target = $manifest
    }
    $outFile = Join-Path ([IO.Path]::GetTempPath()) ('livedesk-help-metadata-' + [guid]::NewGuid().ToString('N') + '.json')

    $quote = { param($s) "'" + ($s -replace "'", "''") + "'" }
    $script = @'
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$module = Import-Module -Name __TARGET__ -PassThru -Force -DisableNameChecking
$module = @($module)[0]
$common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
function Get-ShortTypeName([type] $Type) {
    $t = $Type
    $underlying = [Nullable]::GetUnderlyingType($t)
    if ($underlying) { $t = $underlying }
    if ($t.IsArray) { return (Get-ShortTypeName $t.GetElementType()) + '[]' }
    if ($t.IsGenericType) {
        $arguments = ($t.GetGenericArguments() | ForEach-Object { Get-ShortTypeName $_ }) -join ', '
        return ($t.Name -replace '`\d+$', '') + '[' + $arguments + ']'
    }
    return $t.Name
}
function Get-FullTypeName([type] $Type) {
    $t = $Type
    $underlying = [Nullable]::GetUnderlyingType($t)
    if ($underlying) { $t = $underlying }
    if ($t.IsArray) { return (Get-FullTypeName $t.GetElementType()) + '[]' }
    if ($t.IsGenericType) {
        $arguments = ($t.GetGenericArguments() | ForEach-Object { Get-FullTypeName $_ }) -join ', '
        return ($t.GetGenericTypeDefinition().FullName -replace '`\d+$', '') + '[' + $arguments + ']'
    }
    return $t.FullName
}
function Get-AcceptedValue($Parameter) {
    $set = @($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] })
    if ($set.Count) { return @($set[0].ValidValues) }
    $t = $Parameter.ParameterType
    $underlying = [Nullable]::GetUnderlyingType($t)
    if ($underlying) { $t = $underlying }
    if ($t.IsEnum) { return @([Enum]::GetNames($t)) }
    return @()
}
$commands = foreach ($command in (Get-Command -Module $module.Name -CommandType Cmdlet, Function | Sort-Object Name)) {
    $parameters = [ordered]@{}
    $sets = foreach ($set in $command.ParameterSets) {
        # DontShow parameters (such as a hidden InputObject) are not part of the documented surface.
        $ordered = @($set.Parameters | Where-Object { $common -notcontains $_.Name -and -not @($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }).Count })
        $positional = @($ordered | Where-Object { $_.Position -ge 0 } | Sort-Object Position)
        $named = @($ordered | Where-Object { $_.Position -lt 0 })
        $members = foreach ($p in @($positional + $named)) {
            if (-not $parameters.Contains($p.Name)) {
                $parameters[$p.Name] = [ordered]@{
                    Name     = $p.Name
                    TypeName = Get-FullTypeName $p.ParameterType
                    Type     = Get-ShortTypeName $p.ParameterType
                    IsSwitch = ($p.ParameterType -eq [System.Management.Automation.SwitchParameter])
                    Aliases  = @($p.Aliases)
                    Values   = @(Get-AcceptedValue $p)
                    Sets     = [ordered]@{}
                }
            }
            $parameters[$p.Name].Sets[$set.Name] = [ordered]@{
                Mandatory                       = $p.IsMandatory
                Position                        = $p.Position
                ValueFromPipeline               = $p.ValueFromPipeline
                ValueFromPipelineByPropertyName = $p.ValueFromPipelineByPropertyName
                ValueFromRemainingArguments     = $p.ValueFromRemainingArguments
            }
            $p.Name
        }
        [ordered]@{ Name = $set.Name; IsDefault = $set.IsDefault; Parameters = @($members) }
    }
    $shouldProcess = $command.Parameters.ContainsKey('WhatIf') -and $command.Parameters.ContainsKey('Confirm')
    $helpFile = $null
    if ($command.CommandType -eq 'Cmdlet') { $helpFile = $command.HelpFile }
    if (-not $helpFile -and $command.CommandType -eq 'Cmdlet' -and $command.DLL) { $helpFile = [IO.Path]::GetFileName($command.DLL) + '-Help.xml' }
    if (-not $helpFile) { $helpFile = $module.Name + '-Help.xml' }
    [ordered]@{
        Name                  = $command.Name
        Verb                  = $command.Verb
        Noun                  = $command.Noun
        CommandType           = [string] $command.CommandType
        HelpFile              = [IO.Path]::GetFileName($helpFile)
        SupportsShouldProcess = $shouldProcess
        DefaultParameterSet   = $command.DefaultParameterSet
        ParameterSets         = @($sets)
        Parameters            = @($parameters.Values)
    }
}
$json = ConvertTo-Json -InputObject @($commands) -Depth 10
[IO.File]::WriteAllText(__OUT__, $json, (New-Object System.Text.UTF8Encoding $false))
'@
    $script = $script.Replace('__TARGET__', (& $quote $target)).Replace('__OUT__', (& $quote $outFile))
    try {
        $child = Invoke-ChildPwsh -Command $script -TimeoutSec 300
        if ($child.ExitCode -ne 0 -or -not (Test-Path -LiteralPath $outFile)) {
            throw "Could not read the commands of '$target' (exit code $($child.ExitCode)):`n$($child.Output -join "`n")"
        }
        $commands = [IO.File]::ReadAllText($outFile) | ConvertFrom-Json
        foreach ($command in @($commands)) {
            if ($null -ne $command) { $command.PSObject.TypeNames.Insert(0, 'LiveDesk.HelpBuilder.CommandMetadata'); $command }
        }
    }
    finally {
        Remove-Item -LiteralPath $outFile -ErrorAction SilentlyContinue
    }
}

function Get-SetValue {
    # Reads a per-set property of a parameter (metadata from JSON: Sets is an object with one property per set).
    param($Parameter, [string] $SetName)
    $Parameter.Sets.PSObject.Properties[$SetName].Value
}

function Format-PipelineInput {
    param([bool] $ByValue, [bool] $ByPropertyName)
    if ($ByValue -and $ByPropertyName) { return 'True (ByPropertyName, ByValue)' }
    if ($ByValue) { return 'True (ByValue)' }
    if ($ByPropertyName) { return 'True (ByPropertyName)' }
    return 'False'
}

function Write-MamlPara {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraph)
    $any = $false
    foreach ($p in $Paragraph) {
        if ($null -eq $p) { continue }
        $Writer.WriteElementString('maml', 'para', $script:NsMaml, $p)
        $any = $true
    }
    if (-not $any) { $Writer.WriteElementString('maml', 'para', $script:NsMaml, '') }
}

function Write-MamlParameter {
    param(
        [System.Xml.XmlWriter] $Writer,
        $Parameter,
        [string] $Required,
        [string] $Position,
        [string] $PipelineInput,
        [string[]] $Description,
        [string] $DefaultValue,
        [bool] $InSyntax
    )
    $ns = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    $Writer.WriteStartElement('command', 'parameter', $ns)
    $Writer.WriteAttributeString('required', $Required)
    $Writer.WriteAttributeString('variableLength', 'true')
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', $PipelineInput)
    $Writer.WriteAttributeString('position', $Position)
    $aliases = @($Parameter.Aliases | Where-Object { $_ })
    $Writer.WriteAttributeString('aliases', $(if ($aliases.Count) { $aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $script:NsMaml, $Parameter.Name)
    $Writer.WriteStartElement('maml', 'description', $script:NsMaml)
    Write-MamlPara -Writer $Writer -Paragraph $Description
    $Writer.WriteEndElement()
    $values = @()
    if ($Parameter.PSObject.Properties['Values']) { $values = @($Parameter.Values | Where-Object { $_ }) }
    if ($values.Count -gt 0) {
        $Writer.WriteStartElement('command', 'parameterValueGroup', $ns)
        foreach ($value in $values) {
            $Writer.WriteStartElement('command', 'parameterValue', $ns)
            $Writer.WriteAttributeString('required', 'false')
            $Writer.WriteAttributeString('command', 'variableLength', $ns, 'false')
            $Writer.WriteString($value)
            $Writer.WriteEndElement()
        }
        $Writer.WriteEndElement()
    }
    if (-not ($InSyntax -and $Parameter.IsSwitch)) {
        $Writer.WriteStartElement('command', 'parameterValue', $ns)
        $Writer.WriteAttributeString('required', $(if ($Parameter.IsSwitch) { 'false' } else { 'true' }))
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($Parameter.Type)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $script:NsDev)
    $Writer.WriteElementString('maml', 'name', $script:NsMaml, $Parameter.TypeName)
    $Writer.WriteElementString('maml', 'uri', $script:NsMaml, '')
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $script:NsDev, $DefaultValue)
    $Writer.WriteEndElement()
}

function ConvertTo-LiveDeskMaml {
    <#
    .SYNOPSIS
    Merges parsed markdown documents with command metadata into a MAML help document (string).
    .DESCRIPTION
    Throws one error listing every problem: a command without a document, a document without a
    command, a parameter without a description, a documented parameter the command lacks, and the
    format errors found while parsing.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Document,
        [Parameter(Mandatory)] [object[]] $Metadata
    )

    $problems = New-Object System.Collections.Generic.List[string]
    $byName = @{}
    foreach ($doc in $Document) {
        foreach ($e in $doc.Errors) { $problems.Add($e) }
        if ($doc.Name) {
            if ($byName.ContainsKey($doc.Name)) { $problems.Add("Two help documents for '$($doc.Name)': $($byName[$doc.Name].Path) and $($doc.Path).") }
            $byName[$doc.Name] = $doc
        }
    }
    $commandNames = @($Metadata | ForEach-Object { $_.Name })
    foreach ($name in $byName.Keys) {
        if ($commandNames -notcontains $name) { $problems.Add("$([IO.Path]::GetFileName($byName[$name].Path)): documents '$name', which is not a command of the module.") }
    }

    foreach ($command in $Metadata) {
        $doc = $byName[$command.Name]
        if ($null -eq $doc) { $problems.Add("$($command.Name): no help document (expected $($command.Name).md)."); continue }
        $actual = @($command.Parameters | ForEach-Object { $_.Name })
        foreach ($documented in $doc.Parameters) {
            $match = @($actual | Where-Object { $_ -eq $documented.Name })
            if ($match.Count -eq 0) {
                $problems.Add("$($command.Name): the help describes parameter -$($documented.Name), which the command does not have.")
            }
            elseif ($match[0] -cne $documented.Name) {
                $problems.Add("$($command.Name): the help spells parameter -$($documented.Name) as the command does not (-$($match[0])).")
            }
        }
        foreach ($parameter in $command.Parameters) {
            $documented = @($doc.Parameters | Where-Object { $_.Name -eq $parameter.Name })
            $hasText = ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0)
            if (-not $hasText -and -not $script:StandardParameterText.ContainsKey($parameter.Name)) {
                $problems.Add("$($command.Name): parameter -$($parameter.Name) has no description (add '### -$($parameter.Name)' under '## PARAMETERS').")
            }
        }
    }
    if ($problems.Count -gt 0) {
        throw ("The help documents have {0} problem(s):`n  {1}" -f $problems.Count, ($problems -join "`n  "))
    }

    $settings = New-Object System.Xml.XmlWriterSettings
    $settings.Indent = $true
    $settings.IndentChars = '  '
    $settings.Encoding = New-Object System.Text.UTF8Encoding $false
    $settings.NewLineChars = "`n"
    $stream = New-Object System.IO.MemoryStream
    $w = [System.Xml.XmlWriter]::Create($stream, $settings)
    $commandNs = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    $mamlNs = 'http://schemas.microsoft.com/maml/2004/10'
    $devNs = 'http://schemas.microsoft.com/maml/dev/2004/10'

    $w.WriteStartDocument()
    $w.WriteStartElement('helpItems', 'http://msh')
    $w.WriteAttributeString('schema', 'maml')
    foreach ($command in ($Metadata | Sort-Object Name)) {
        $doc = $byName[$command.Name]
        $w.WriteStartElement('command', 'command', $commandNs)
        $w.WriteAttributeString('xmlns', 'maml', 'http://www.w3.org/2000/xmlns/', $mamlNs)
        $w.WriteAttributeString('xmlns', 'command', 'http://www.w3.org/2000/xmlns/', $commandNs)
        $w.WriteAttributeString('xmlns', 'dev', 'http://www.w3.org/2000/xmlns/', $devNs)
        $w.WriteAttributeString('xmlns', 'MSHelp', 'http://www.w3.org/2000/xmlns/', 'http://msdn.microsoft.com/mshelp')

        $w.WriteStartElement('command', 'details', $commandNs)
        $w.WriteElementString('command', 'name', $commandNs, $command.Name)
        $w.WriteElementString('command', 'verb', $commandNs, $command.Verb)
        $w.WriteElementString('command', 'noun', $commandNs, $command.Noun)
        $w.WriteStartElement('maml', 'description', $mamlNs)
        Write-MamlPara -Writer $w -Paragraph @($doc.Synopsis)
        $w.WriteEndElement()
        $w.WriteEndElement() # details

        $w.WriteStartElement('maml', 'description', $mamlNs)
        Write-MamlPara -Writer $w -Paragraph $doc.Description
        $w.WriteEndElement()

        # Per-parameter text and defaults.
        $text = @{}
        $defaults = @{}
        foreach ($parameter in $command.Parameters) {
            $documented = @($doc.Parameters | Where-Object { $_.Name -eq $parameter.Name })
            if ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0) { $text[$parameter.Name] = @($documented[0].Description) }
            else { $text[$parameter.Name] = @($script:StandardParameterText[$parameter.Name]) }
            if ($documented.Count -gt 0 -and $documented[0].DefaultValue) { $defaults[$parameter.Name] = $documented[0].DefaultValue }
            elseif ($parameter.IsSwitch) { $defaults[$parameter.Name] = 'False' }
            else { $defaults[$parameter.Name] = 'None' }
        }
        $parameterByName = @{}
        foreach ($parameter in $command.Parameters) { $parameterByName[$parameter.Name] = $parameter }
        $shouldProcess = @()
        if ($command.SupportsShouldProcess) {
            foreach ($name in $script:ShouldProcessParameters) {
                $shouldProcess += [pscustomobject]@{ Name = $name; Type = 'SwitchParameter'; TypeName = 'System.Management.Automation.SwitchParameter'; IsSwitch = $true; Aliases = @($(if ($name -eq 'WhatIf') { 'wi' } else { 'cf' })) }
                $documented = @($doc.Parameters | Where-Object { $_.Name -eq $name })
                $text[$name] = $(if ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0) { @($documented[0].Description) } else { @($script:StandardParameterText[$name]) })
                $defaults[$name] = 'False'
            }
        }

        # Syntax: one item per parameter set, the default set first.
        $w.WriteStartElement('command', 'syntax', $commandNs)
        $sets = @($command.ParameterSets | Sort-Object @{ Expression = { -not $_.IsDefault } }, @{ Expression = { $_.Name } })
        foreach ($set in $sets) {
            $w.WriteStartElement('command', 'syntaxItem', $commandNs)
            $w.WriteElementString('maml', 'name', $mamlNs, $command.Name)
            foreach ($parameterName in @($set.Parameters)) {
                $parameter = $parameterByName[$parameterName]
                $perSet = Get-SetValue $parameter $set.Name
                Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $true `
                    -Required $(if ($perSet.Mandatory) { 'true' } else { 'false' }) `
                    -Position $(if ($perSet.Position -ge 0) { [string]$perSet.Position } else { 'named' }) `
                    -PipelineInput (Format-PipelineInput $perSet.ValueFromPipeline $perSet.ValueFromPipelineByPropertyName) `
                    -Description $text[$parameterName] -DefaultValue $defaults[$parameterName]
            }
            foreach ($parameter in $shouldProcess) {
                Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $true -Required 'false' -Position 'named' -PipelineInput 'False' `
                    -Description $text[$parameter.Name] -DefaultValue 'False'
            }
            $w.WriteEndElement()
        }
        $w.WriteEndElement() # syntax

        # Parameters: every parameter once; required only when mandatory in every set it belongs to.
        # In the order of the markdown, then the undocumented ones (paging) in syntax order.
        $documentedOrder = @($doc.Parameters | ForEach-Object { $_.Name })
        $ordered = @($command.Parameters | Sort-Object @{ Expression = { $i = [array]::IndexOf($documentedOrder, $_.Name); if ($i -lt 0) { [int]::MaxValue } else { $i } } }, @{ Expression = { [array]::IndexOf(@($command.Parameters | ForEach-Object { $_.Name }), $_.Name) } })
        $w.WriteStartElement('command', 'parameters', $commandNs)
        foreach ($parameter in $ordered) {
            $perSet = @($parameter.Sets.PSObject.Properties | ForEach-Object { $_.Value })
            $mandatory = @($perSet | Where-Object { -not $_.Mandatory }).Count -eq 0
            $positions = @($perSet | ForEach-Object { $_.Position } | Sort-Object -Unique)
            $position = $(if ($positions.Count -eq 1 -and $positions[0] -ge 0) { [string]$positions[0] } else { 'named' })
            $byValue = @($perSet | Where-Object { $_.ValueFromPipeline }).Count -gt 0
            $byProperty = @($perSet | Where-Object { $_.ValueFromPipelineByPropertyName }).Count -gt 0
            Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $false `
                -Required $(if ($mandatory) { 'true' } else { 'false' }) -Position $position `
                -PipelineInput (Format-PipelineInput $byValue $byProperty) `
                -Description $text[$parameter.Name] -DefaultValue $defaults[$parameter.Name]
        }
        foreach ($parameter in $shouldProcess) {
            Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $false -Required 'false' -Position 'named' -PipelineInput 'False' `
                -Description $text[$parameter.Name] -DefaultValue 'False'
        }
        $w.WriteEndElement() # parameters

        foreach ($kind in @(@{ List = 'inputTypes'; Item = 'inputType'; Source = $doc.Inputs }, @{ List = 'returnValues'; Item = 'returnValue'; Source = $doc.Outputs })) {
            $w.WriteStartElement('command', $kind.List, $commandNs)
            foreach ($type in @($kind.Source)) {
                if ($null -eq $type) { continue }
                $w.WriteStartElement('command', $kind.Item, $commandNs)
                $w.WriteStartElement('dev', 'type', $devNs)
                $w.WriteElementString('maml', 'name', $mamlNs, $type.TypeName)
                $w.WriteEndElement()
                $w.WriteStartElement('maml', 'description', $mamlNs)
                Write-MamlPara -Writer $w -Paragraph $type.Description
                $w.WriteEndElement()
                $w.WriteEndElement()
            }
            $w.WriteEndElement()
        }

        $w.WriteStartElement('maml', 'alertSet', $mamlNs)
        $w.WriteStartElement('maml', 'alert', $mamlNs)
        Write-MamlPara -Writer $w -Paragraph $doc.Notes
        $w.WriteEndElement()
        $w.WriteEndElement()

        $w.WriteStartElement('command', 'examples', $commandNs)
        foreach ($example in $doc.Examples) {
            $w.WriteStartElement('command', 'example', $commandNs)
            $w.WriteElementString('maml', 'title', $mamlNs, "-------------------------- $($example.Title) --------------------------")
            $w.WriteElementString('dev', 'code', $devNs, $example.Code)
            $w.WriteStartElement('dev', 'remarks', $devNs)
            Write-MamlPara -Writer $w -Paragraph $example.Remarks
            $w.WriteEndElement()
            $w.WriteEndElement()
        }
        $w.WriteEndElement() # examples

        $w.WriteStartElement('command', 'relatedLinks', $commandNs)
        foreach ($link in $doc.RelatedLinks) {
            $w.WriteStartElement('maml', 'navigationLink', $mamlNs)
            $w.WriteElementString('maml', 'linkText', $mamlNs, $link.Text)
            $w.WriteElementString('maml', 'uri', $mamlNs, $link.Uri)
            $w.WriteEndElement()
        }
        $w.WriteEndElement() # relatedLinks

        $w.WriteEndElement() # command
    }
    $w.WriteEndElement() # helpItems
    $w.WriteEndDocument()
    $w.Flush()
    $w.Dispose()
    return (New-Object System.Text.UTF8Encoding $false).GetString($stream.ToArray())
}

function Format-WrappedText {
    param([string] $Text, [int] $Indent, [int] $Width = 80)
    $prefix = ' ' * $Indent
    $lines = New-Object System.Collections.Generic.List[string]
    $current = ''
    foreach ($word in ($Text -split '\s+' | Where-Object { $_ -ne '' })) {
        if ($current.Length -gt 0 -and ($Indent + $current.Length + 1 + $word.Length) -gt $Width) {
            $lines.Add($prefix + $current)
            $current = $word
        }
        elseif ($current.Length -gt 0) { $current += ' ' + $word }
        else { $current = $word }
    }
    if ($current.Length -gt 0) { $lines.Add($prefix + $current) }
    return , $lines.ToArray()
}

function ConvertTo-LiveDeskAboutHelp {
    <#
    .SYNOPSIS
    Converts an about_*.md topic to the plain-text about_*.help.txt format.
    .DESCRIPTION
    '# about_Topic' becomes the TOPIC header, '## Heading' an upper-case heading at column 0,
    '### Heading' a heading indented by 4, prose is wrapped at 80 columns and indented by 4,
    list items hang, fenced code is indented by 8 and kept verbatim, tables are kept verbatim.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [string] $Path)

    $lines = [IO.File]::ReadAllLines((Resolve-Path -LiteralPath $Path).ProviderPath)
    $out = New-Object System.Collections.Generic.List[string]
    $paragraph = New-Object System.Collections.Generic.List[string]
    $inFence = $false
    $flush = {
        if ($paragraph.Count -gt 0) {
            $joined = ($paragraph -join ' ')
            if ($joined -match '^([-*+]|\d+\.)\s+(.*)$') {
                $bullet = $(if ($Matches[1] -match '\d') { $Matches[1] } else { '-' })
                $wrapped = Format-WrappedText -Text (ConvertFrom-InlineMarkdown $Matches[2]) -Indent 6
                $wrapped[0] = '    ' + $bullet.PadRight(2) + $wrapped[0].Substring(6)
                foreach ($l in $wrapped) { $out.Add($l) }
            }
            else {
                foreach ($l in (Format-WrappedText -Text (ConvertFrom-InlineMarkdown $joined) -Indent 4)) { $out.Add($l) }
            }
            $paragraph.Clear()
            $out.Add('')
        }
    }
    $topic = $null
    foreach ($raw in $lines) {
        $line = $raw.TrimEnd()
        if ($line -match '^\s*```') {
            & $flush
            $inFence = -not $inFence
            if (-not $inFence) { $out.Add('') }
            continue
        }
        if ($inFence) { $out.Add($(if ($line) { '        ' + $line } else { '' })); continue }
        if ($line -match '^#\s+(.+)$') {
            & $flush
            $topic = $Matches[1].Trim()
            $out.Add('TOPIC'); $out.Add('    ' + $topic); $out.Add('')
            continue
        }
        if ($line -match '^##\s+(.+)$') { & $flush; $out.Add($Matches[1].Trim().ToUpperInvariant()); continue }
        if ($line -match '^###\s+(.+)$') { & $flush; $out.Add('    ' + $Matches[1].Trim().ToUpperInvariant()); $out.Add(''); continue }
        if ($line -match '^\s*\|') { & $flush; $out.Add('    ' + $line.Trim()); continue }
        if ($line -eq '') {
            & $flush
            if ($out.Count -gt 0 -and $out[$out.Count - 1] -match '^\s+\|') { $out.Add('') }
            continue
        }
        if ($line -match '^\s*([-*+]|\d+\.)\s+') { & $flush }
        $paragraph.Add($line.Trim())
    }
    & $flush
    if (-not $topic -or $topic -notmatch '^about_') { throw "$Path must start with '# about_<Topic>'." }
    # collapse runs of blank lines
    $text = ($out -join "`n") -replace "`n{3,}", "`n`n"
    return $text.TrimEnd() + "`n"
}

function Build-LiveDeskHelp {
    <#
    .SYNOPSIS
    Compiles docs/*.md into <ModulePath>/<Culture>/<Assembly>-Help.xml and about_*.help.txt.
    .DESCRIPTION
    Reads the cmdlets of the staged module in a separate process, checks the markdown against them
    (every cmdlet documented, every parameter described, no unknown parameter) and writes the MAML
    and about topics. Throws on any problem. Returns the files written. docs/README.md (the
    convention) and any file whose name does not match a command or about_* is ignored only when
    it is README.md; other unmatched files are errors.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory)] [string] $DocsPath,
        [Parameter(Mandatory)] [string] $ModulePath,
        [string] $Culture = 'en-US'
    )

    $docsRoot = (Resolve-Path -LiteralPath $DocsPath).ProviderPath
    $moduleRoot = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
    $metadata = @(Get-LiveDeskCommandMetadata -ModulePath $moduleRoot)
    if ($metadata.Count -eq 0) { throw "The module in '$moduleRoot' exports no commands." }

    $files = @(Get-ChildItem -LiteralPath $docsRoot -Filter '*.md' -File | Sort-Object Name)
    $aboutFiles = @($files | Where-Object { $_.Name -like 'about_*.md' })
    $commandFiles = @($files | Where-Object { $_.Name -notlike 'about_*.md' -and $_.Name -ne 'README.md' })
    $documents = @($commandFiles | ConvertFrom-LiveDeskHelpMarkdown)
    foreach ($doc in $documents) {
        $expected = [IO.Path]::GetFileNameWithoutExtension($doc.Path)
        if ($doc.Name -and $doc.Name -ne $expected) {
            $doc.Errors = @($doc.Errors) + "$([IO.Path]::GetFileName($doc.Path)): the title '# $($doc.Name)' does not match the file name."
        }
    }
    $maml = ConvertTo-LiveDeskMaml -Document $documents -Metadata $metadata

    $target = Join-Path $moduleRoot $Culture
    New-Item -ItemType Directory -Path $target -Force | Out-Null
    $utf8 = New-Object System.Text.UTF8Encoding $false
    $written = @()
    foreach ($helpFile in @($metadata | ForEach-Object { $_.HelpFile } | Sort-Object -Unique)) {
        $path = Join-Path $target $helpFile
        [IO.File]::WriteAllText($path, $maml, $utf8)
        $written += $path
    }
    foreach ($about in $aboutFiles) {
        $path = Join-Path $target ($about.BaseName + '.help.txt')
        [IO.File]::WriteAllText($path, (ConvertTo-LiveDeskAboutHelp -Path $about.FullName), $utf8)
        $written += $path
    }
    $written | ForEach-Object { Get-Item -LiteralPath $_ }
}

Export-ModuleMember -Function Build-LiveDeskHelp, ConvertFrom-LiveDeskHelpMarkdown, ConvertTo-LiveDeskMaml, ConvertTo-LiveDeskAboutHelp, Get-LiveDeskCommandMetadata
