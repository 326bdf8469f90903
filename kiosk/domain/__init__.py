"""Pure domain: Qminder's models, the form rule, validation and language picking. No Qt, no HTTP."""
