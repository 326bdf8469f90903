"""The staff side of the kiosk: the hidden corner gesture, the PIN pad and the admin panel."""
