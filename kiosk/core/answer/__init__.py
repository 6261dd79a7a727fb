"""Answer: understanding the question, composing from facts, prompts, the LLM and verification."""
