"""Detectors of the PII gate, one module per family of personal data; the gate is in privacy."""
