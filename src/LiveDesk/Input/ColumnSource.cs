namespace LiveDesk.Input
{
    /// <summary>A column that can fill a field, with its precedence.</summary>
    internal sealed class ColumnSource
    {
        public ColumnSource(int index, string header, int rank, ColumnKind kind, int labelIndex = -1)
        {
            Index = index;
            Header = header;
            Rank = rank;
            Kind = kind;
            LabelIndex = labelIndex;
        }

        /// <summary>Position of the column in the row's names.</summary>
        public int Index { get; }
        /// <summary>The column's name as the input spells it.</summary>
        public string Header { get; }
        /// <summary>Precedence: lower wins.</summary>
        public int Rank { get; }
        /// <summary>How the value is read.</summary>
        public ColumnKind Kind { get; }
        /// <summary>For Google's "Phone N - Value": the index of "Phone N - Label", else -1.</summary>
        public int LabelIndex { get; }
    }

    /// <summary>An unrecognised column that looks like a known one.</summary>
    internal sealed class NearMiss
    {
        public NearMiss(string column, string knownHeader, ContactField field)
        {
            Column = column;
            KnownHeader = knownHeader;
            Field = field;
        }

        /// <summary>The input's column.</summary>
        public string Column { get; }
        /// <summary>The known spelling it resembles.</summary>
        public string KnownHeader { get; }
        /// <summary>The field that spelling fills.</summary>
        public ContactField Field { get; }
    }
}
