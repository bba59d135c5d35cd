"""The letters: compose (case + assessment -> LetterContent) and the renderers (.docx, PDF, text). No Qt."""
