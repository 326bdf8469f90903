"""Printed tickets: a slip laid out with QPainter, sent to a PDF, a system printer or ESC/POS.

- `ticket`: `TicketPrint` / `TicketTexts`, the data a slip carries (already translated).
- `layout`: `TicketLayout`, the slip's geometry at any resolution, painted on any device.
- `qr`: QR codes (segno) drawn as whole-pixel modules.
- `pdf`: a slip as a one-page PDF.
- `raster`: a slip as the black-and-white image a thermal head prints.
- `targets`: the `PrintTarget` protocol, `PdfTarget`, `SystemPrinter` (QtPrintSupport).
- `thermal`: `EscPosTarget`, raw ESC/POS over the network or USB (python-escpos).
- `spec`: the ``printer`` setting, parsed; `make_target` builds its target.
- `sample`: the sample slip for the Admin panel's test print.
- `errors`: why a slip did not print.

QtGui and QtPrintSupport only, never widgets; no HTTP. Every target call blocks, so
`kiosk.controllers.printing` runs them on a worker thread.
"""
