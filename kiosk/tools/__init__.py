"""Tools around the product: benchmark and evaluation (behind `kiosk bench` and `kiosk eval`)."""
