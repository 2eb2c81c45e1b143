using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Protocol
{
    /// <summary>An error body as LiveDesk sends it, parsed once: the message and the fields it is about.</summary>
    internal sealed class ServerError
    {
        /// <summary>The message to show, never empty.</summary>
        public string Message { get; set; } = string.Empty;

        /// <summary>The fields the error is about (422 <c>attributes</c>), as the API names them.</summary>
        public IReadOnlyList<string> InvalidFields { get; set; } = Array.Empty<string>();

        /// <summary>The unique fields whose value another contact already has.</summary>
        public IReadOnlyList<UniqueField> TakenFields { get; set; } = Array.Empty<UniqueField>();

        /// <summary>True when every complaint is "has already been taken": the row collides with an existing contact and is otherwise valid.</summary>
        public bool IsAlreadyTaken { get; set; }

        /// <summary>The taken fields for a message ("e-mail and phone number"), or "value" when the server did not say.</summary>
        public string DescribeTakenFields() =>
            TakenFields.Count == 0 ? "value" : string.Join(" and ", TakenFields.Select(f => f.Describe()));
    }
}
