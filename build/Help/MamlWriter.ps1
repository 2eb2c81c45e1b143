# The writer: document models + command metadata -> one MAML file. Everything about a parameter except its prose
# (type, sets, mandatory, position, default, pipeline input, aliases) comes from the metadata, i.e. from the code.

$script:Ns = @{
    Maml    = 'http://schemas.microsoft.com/maml/2004/10'
    Dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    Command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    MSHelp  = 'http://msdn.microsoft.com/mshelp'
    Msh     = 'http://msh'
}
$script:Prefix = @{ maml = 'Maml'; dev = 'Dev'; command = 'Command' }

function Write-El([System.Xml.XmlWriter] $Writer, [string] $Name, [string] $Text) {
    # 'prefix:local' with text content.
    $prefix, $local = $Name -split ':', 2
    $Writer.WriteElementString($prefix, $local, $script:Ns[$script:Prefix[$prefix]], $Text)
}

function Open-El([System.Xml.XmlWriter] $Writer, [string] $Name) {
    $prefix, $local = $Name -split ':', 2
    $Writer.WriteStartElement($prefix, $local, $script:Ns[$script:Prefix[$prefix]])
}

function Write-MamlPara([System.Xml.XmlWriter] $Writer, [string[]] $Paragraph, [string] $In = 'maml:description') {
    Open-El $Writer $In
    $any = $false
    foreach ($p in $Paragraph) { if ($null -ne $p) { Write-El $Writer 'maml:para' $p; $any = $true } }
    if (-not $any) { Write-El $Writer 'maml:para' '' }
    $Writer.WriteEndElement()
}

function Get-ParameterText($Doc, $Parameter) {
    $documented = @($Doc.Parameters | Where-Object { $_.Name -eq $Parameter.Name })
    if ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0) { return , @($documented[0].Description) }
    , @($script:StandardParameterText[$Parameter.Name])
}

function Write-MamlParameter([System.Xml.XmlWriter] $Writer, $Parameter, $Facts, [string[]] $Description, [bool] $InSyntax) {
    # $Facts: Required, Position, PipelineInput as MAML writes them.
    Open-El $Writer 'command:parameter'
    $aliases = @($Parameter.Aliases | Where-Object { $_ })
    $attributes = [ordered]@{
        required = $Facts.Required; variableLength = 'true'; globbing = ([string][bool]$Parameter.Globbing).ToLowerInvariant()
        pipelineInput = $Facts.PipelineInput; position = $Facts.Position; aliases = $(if ($aliases.Count) { $aliases -join ', ' } else { 'none' })
    }
    foreach ($key in $attributes.Keys) { $Writer.WriteAttributeString($key, $attributes[$key]) }
    Write-El $Writer 'maml:name' $Parameter.Name
    Write-MamlPara $Writer $Description
    Write-MamlParameterValue $Writer $Parameter $InSyntax
    Open-El $Writer 'dev:type'
    Write-El $Writer 'maml:name' $Parameter.TypeName
    Write-El $Writer 'maml:uri' ''
    $Writer.WriteEndElement()
    Write-El $Writer 'dev:defaultValue' $(if ($Parameter.DefaultValue) { $Parameter.DefaultValue } else { 'None' })
    $Writer.WriteEndElement()
}

function Write-MamlParameterValue([System.Xml.XmlWriter] $Writer, $Parameter, [bool] $InSyntax) {
    $values = @($Parameter.Values | Where-Object { $_ })
    if ($values.Count -gt 0) {
        Open-El $Writer 'command:parameterValueGroup'
        foreach ($value in $values) {
            Open-El $Writer 'command:parameterValue'
            $Writer.WriteAttributeString('required', 'false')
            $Writer.WriteAttributeString('command', 'variableLength', $script:Ns.Command, 'false')
            $Writer.WriteString($value)
            $Writer.WriteEndElement()
        }
        $Writer.WriteEndElement()
    }
    if ($InSyntax -and $Parameter.IsSwitch) { return }
    Open-El $Writer 'command:parameterValue'
    $Writer.WriteAttributeString('required', $(if ($Parameter.IsSwitch) { 'false' } else { 'true' }))
    $Writer.WriteAttributeString('variableLength', 'false')
    $Writer.WriteString($Parameter.Type)
    $Writer.WriteEndElement()
}

function Get-ParameterFact($Parameter, [string] $SetName) {
    # Required, position and pipeline input in one set, or (no set) over all its sets: required only when mandatory
    # in every set it belongs to.
    $perSet = if ($SetName) { @(Get-SetValue $Parameter $SetName) } else { @($Parameter.Sets.PSObject.Properties | ForEach-Object { $_.Value }) }
    $positions = @($perSet | ForEach-Object { $_.Position } | Sort-Object -Unique)
    [pscustomobject]@{
        Required      = $(if (@($perSet | Where-Object { -not $_.Mandatory }).Count -eq 0) { 'true' } else { 'false' })
        Position      = $(if ($positions.Count -eq 1 -and $positions[0] -ge 0) { [string]$positions[0] } else { 'named' })
        PipelineInput = Format-PipelineInput (@($perSet | Where-Object { $_.ValueFromPipeline }).Count -gt 0) (@($perSet | Where-Object { $_.ValueFromPipelineByPropertyName }).Count -gt 0)
    }
}

function Write-MamlSyntax([System.Xml.XmlWriter] $Writer, $Command, $Doc) {
    # One item per parameter set, the default set first; -WhatIf and -Confirm in every set.
    $byName = @{}
    foreach ($p in (Get-HelpParameter $Command)) { $byName[$p.Name] = $p }
    $shouldProcess = @(Get-ShouldProcessParameter $Command | ForEach-Object Name)
    Open-El $Writer 'command:syntax'
    foreach ($set in @($Command.ParameterSets | Sort-Object @{ Expression = { -not $_.IsDefault } }, @{ Expression = { $_.Name } })) {
        Open-El $Writer 'command:syntaxItem'
        Write-El $Writer 'maml:name' $Command.Name
        foreach ($name in @($set.Parameters) + $shouldProcess) {
            Write-MamlParameter $Writer $byName[$name] (Get-ParameterFact $byName[$name] $set.Name) (Get-ParameterText $Doc $byName[$name]) $true
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlParameterList([System.Xml.XmlWriter] $Writer, $Command, $Doc) {
    # Every parameter once, in the order of the page, then the undocumented ones (paging) in the cmdlet's order.
    $all = @(Get-HelpParameter $Command)
    $documentedOrder = @($Doc.Parameters | ForEach-Object { $_.Name })
    $rank = { $i = [array]::IndexOf($documentedOrder, $_.Name); if ($i -lt 0) { $documentedOrder.Count + [array]::IndexOf(@($all | ForEach-Object Name), $_.Name) } else { $i } }
    Open-El $Writer 'command:parameters'
    foreach ($parameter in @($all | Sort-Object $rank)) {
        Write-MamlParameter $Writer $parameter (Get-ParameterFact $parameter $null) (Get-ParameterText $Doc $parameter) $false
    }
    $Writer.WriteEndElement()
}

function Write-MamlTypeList([System.Xml.XmlWriter] $Writer, [string] $List, [string] $Item, [object[]] $Types) {
    Open-El $Writer "command:$List"
    foreach ($type in @($Types | Where-Object { $null -ne $_ })) {
        Open-El $Writer "command:$Item"
        Open-El $Writer 'dev:type'
        Write-El $Writer 'maml:name' $type.TypeName
        $Writer.WriteEndElement()
        Write-MamlPara $Writer $type.Description
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlExampleList([System.Xml.XmlWriter] $Writer, $Doc) {
    Open-El $Writer 'command:examples'
    foreach ($example in $Doc.Examples) {
        Open-El $Writer 'command:example'
        Write-El $Writer 'maml:title' "-------------------------- $($example.Title) --------------------------"
        Write-El $Writer 'dev:code' $example.Code
        Write-MamlPara $Writer $example.Remarks 'dev:remarks'
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlLinkList([System.Xml.XmlWriter] $Writer, $Doc) {
    Open-El $Writer 'command:relatedLinks'
    foreach ($link in $Doc.RelatedLinks) {
        Open-El $Writer 'maml:navigationLink'
        Write-El $Writer 'maml:linkText' $link.Text
        Write-El $Writer 'maml:uri' $link.Uri
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlCommand([System.Xml.XmlWriter] $Writer, $Command, $Doc) {
    Open-El $Writer 'command:command'
    foreach ($prefix in 'maml', 'command', 'dev') { $Writer.WriteAttributeString('xmlns', $prefix, 'http://www.w3.org/2000/xmlns/', $script:Ns[$script:Prefix[$prefix]]) }
    $Writer.WriteAttributeString('xmlns', 'MSHelp', 'http://www.w3.org/2000/xmlns/', $script:Ns.MSHelp)
    Open-El $Writer 'command:details'
    foreach ($part in 'name', 'verb', 'noun') { Write-El $Writer "command:$part" $Command.$part }
    Write-MamlPara $Writer @($Doc.Synopsis)
    $Writer.WriteEndElement()
    Write-MamlPara $Writer $Doc.Description
    Write-MamlSyntax $Writer $Command $Doc
    Write-MamlParameterList $Writer $Command $Doc
    Write-MamlTypeList $Writer 'inputTypes' 'inputType' $Doc.Inputs
    Write-MamlTypeList $Writer 'returnValues' 'returnValue' $Doc.Outputs
    Open-El $Writer 'maml:alertSet'
    Write-MamlPara $Writer $Doc.Notes 'maml:alert'
    $Writer.WriteEndElement()
    Write-MamlExampleList $Writer $Doc
    Write-MamlLinkList $Writer $Doc
    $Writer.WriteEndElement()
}

function ConvertTo-LiveDeskMaml {
    <#
    .SYNOPSIS
    Merges parsed help documents with command metadata into a MAML help document (string).
    .DESCRIPTION
    Throws one error listing every problem Test-LiveDeskHelp finds.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Document, [Parameter(Mandatory)] [object[]] $Metadata)
    $problems = @(Test-LiveDeskHelp -Document $Document -Metadata $Metadata)
    if ($problems.Count -gt 0) { throw ("The help documents have {0} problem(s):`n  {1}" -f $problems.Count, ($problems -join "`n  ")) }
    $settings = New-Object System.Xml.XmlWriterSettings -Property @{ Indent = $true; IndentChars = '  '; NewLineChars = "`n"; Encoding = (New-Object System.Text.UTF8Encoding $false) }
    $stream = New-Object System.IO.MemoryStream
    $writer = [System.Xml.XmlWriter]::Create($stream, $settings)
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', $script:Ns.Msh)
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($command in ($Metadata | Sort-Object Name)) {
        Write-MamlCommand $writer $command @($Document | Where-Object { $_.Name -eq $command.Name })[0]
    }
    $writer.WriteEndElement()
    $writer.WriteEndDocument()
    $writer.Dispose()
    (New-Object System.Text.UTF8Encoding $false).GetString($stream.ToArray())
}
