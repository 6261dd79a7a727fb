"""Knowledge: the corpus of services, its facts, the search index, the embedder and retrieval."""
