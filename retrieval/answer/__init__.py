"""Answering: read the question, retrieve, select quotes, compose, verify."""
