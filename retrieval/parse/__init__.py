"""Reading transcript files: formats, speaker turns, metadata."""
