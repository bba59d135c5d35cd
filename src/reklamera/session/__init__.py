"""The Qt-free application layer the wizard binds to: the case session, its derived state, its actions."""

from reklamera.session.case_session import CaseSession, SaveResult
from reklamera.session.steps import STEP_FIELDS, Step

__all__ = ["STEP_FIELDS", "CaseSession", "SaveResult", "Step"]
