"""Running many kiosks: signed content updates, air-gapped bundles, the corpus check, status.

Nothing here is on the answer path: the kiosk core only reads the corpus and index folders that
`kiosk.fleet.store.resolve` points it to.
"""
