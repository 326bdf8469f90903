"""One module per screen of the visit (Welcome, Service, Details, Questions, Ticket, Message)."""
