"""Guard: what checks a question before anything reads it (sanitize, personal data, abuse, network)."""
