"""Declaring an API call: one decorator, Pydantic models, and the OpenAPI document made from them.

How to add a call (the whole recipe)::

    class SetIn(In):                       # the body: quiz.api.fields has the shared types
        title: text(200, squash=True)
        question_ids: Annotated[list[Id], Field(min_length=1, max_length=200)]

    class SetOut(Out):                     # the answer: every field listed, always present
        id: int
        title: str

    @endpoint(bp, "POST", "/sets", body=SetIn, response=SetOut, status=201, roles=TEACHERS,
              errors={409: "It is assigned."})
    def new_set(body: SetIn) -> SetOut:
        \"\"\"Assemble a set (the first docstring line is the operation's summary).\"\"\"
        row = sets.create(db.session, current(), body.title, body.question_ids)
        db.session.commit()
        return SetOut.model_validate(row)   # or a dict, or (value, 200) for another status

That is all: the request is validated before the view runs (a 422 naming the field, in the error
shape ``{"error": {"code", "message", "field"}}``), the answer is serialised through ``SetOut``
(a missing or an extra field is a bug that fails loudly in the tests, never a leak), and
``GET /api/v1/openapi.json`` lists the call with its body, parameters, answers, errors and security.

- Path parameters are written ``{name}`` and are ids: integers from 1 to 2**31 - 1 (anything else is
  a 404, like an id that is not the caller's). The view receives them by name.
- ``body=`` a model (the view gets ``body``); ``query=`` a model of query parameters (``query``).
- ``response=`` the model of the ``status`` answer; ``responses={200: A, 201: B}`` for several;
  ``None`` for an empty answer (204); ``Media("text/csv")`` when the view returns a ``Response``.
- ``roles=``: ``PUBLIC`` (no token), ``ANY_USER`` (any valid token), ``TEACHERS``, ``STUDENTS``.
  401 and 403 are documented from it; 400, 413 and 422 from ``body``; 404 from path ids.
- ``errors=`` the other error statuses the view raises (``ApiError``), each with what it means, or
  ``{409: ("What it means", ConflictModel)}`` when that error carries more than ``error``.
- Rules a JSON Schema cannot state (an answer index within the options sent, an id that must be
  one of the caller's) raise ``rule(field, message)``: a 422 whose code is ``rule``.
- Rate limits: put ``@limiter.limit(...)`` *below* ``@endpoint`` (it wraps the view first).
- Enums: the engine's in ``questions.contract``, the app's in ``quiz.models``; use them as types.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, wraps
from typing import Any

from flask import Blueprint, Response, request
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.json_schema import GenerateJsonSchema

from quiz.api.common import ApiError, authenticate, read_json
from quiz.api.fields import MAX_ID, PATTERN_MESSAGES
from quiz.models import Role

PUBLIC: tuple[Role, ...] | None = None
ANY_USER: tuple[Role, ...] = ()
TEACHERS = (Role.TEACHER, Role.ADMIN)
STUDENTS = (Role.STUDENT,)

PARAM = re.compile(r"{(\w+)}")
# Any path segment reaches the view's wrapper, which answers 404 for anything but an id: with
# Werkzeug's int converter, a bad id on a path that has another method would answer 405.
ID_RULE = "<\\1>"
ERRORS = {
    400: "The body is not JSON, or not a JSON object.",
    401: "No token, or an unknown, expired or revoked one.",
    403: "The token's role may not make this call.",
    404: "Not found, or not the caller's.",
    409: "Conflicts with what is stored.",
    413: "The body is over 2 MB.",
    422: "A field is missing or not valid (code invalid), or breaks a rule of the call (code "
    "rule); the message and field name it. Any text in the body (a value or a key, at any depth) "
    "holding a NUL character or a lone surrogate (\\ud800-\\udfff unpaired: not valid Unicode) is "
    "refused this way too, naming the top-level field.",
    429: "Too many tries; wait and retry.",
    503: "Busy; send the same request again.",
}


@dataclass(frozen=True)
class Media:
    """An answer that is not JSON: the view returns a ``flask.Response`` of this type."""

    mimetype: str
    also: tuple[str, ...] = ()  # other types the same answer may have (the query chooses)


class ErrorDetail(BaseModel):
    code: str
    message: str
    field: str = None  # type: ignore[assignment]  # present when one field is to blame


class Error(BaseModel):
    """Every error answer: ``{"error": {"code", "message", "field"?}}``."""

    model_config = {"extra": "forbid"}
    error: ErrorDetail


def rule(field: str, message: str) -> ApiError:
    """A 422 for a rule the document cannot state (it names the field like any other 422)."""
    return ApiError(422, f"{field}: {message}", "rule", field=field)


@dataclass
class Endpoint:
    """One registered call: what the decorator was told, for the wrapper and the document."""

    method: str
    path: str
    view: Callable[..., Any]
    roles: tuple[Role, ...] | None
    body: type[BaseModel] | None
    query: type[BaseModel] | None
    responses: dict[int, Any]
    errors: dict[int, tuple[str, Any]]
    tag: str
    summary: str
    description: str = ""
    adapters: dict[int, TypeAdapter] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for status, shape in self.responses.items():
            if shape is not None and not isinstance(shape, Media):
                self.adapters[status] = TypeAdapter(shape)

    @property
    def params(self) -> list[str]:
        return PARAM.findall(self.path)


ENDPOINTS: dict[str, list[Endpoint]] = {}  # by blueprint name


def endpoint(
    bp: Blueprint,
    method: str,
    path: str,
    *,
    roles: tuple[Role, ...] | None,
    body: type[BaseModel] | None = None,
    query: type[BaseModel] | None = None,
    response: Any = None,
    status: int = 200,
    responses: dict[int, Any] | None = None,
    errors: dict[int, Any] | tuple[int, ...] = (),
    tag: str | None = None,
    summary: str | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register an API call: see this module's docstring."""

    def deco(view: Callable[..., Any]) -> Callable[..., Any]:
        ep = Endpoint(
            method=method.upper(),
            path=path,
            view=view,
            roles=roles,
            body=body,
            query=query,
            responses=responses if responses is not None else {status: response},
            errors=_errors(errors, roles, body, path),
            tag=tag or _tag(roles),
            summary=summary or (view.__doc__ or view.__name__).strip().splitlines()[0],
            description=_details(view.__doc__),
        )

        @wraps(view)
        def handler(**kwargs: Any) -> Response:
            kwargs = {name: _path_id(value) for name, value in kwargs.items()}
            if ep.roles is not None:
                user = authenticate()
                if ep.roles and user.role not in ep.roles:
                    names = " and ".join(r.value for r in ep.roles)
                    raise ApiError(403, f"This call is for {names}s.")
            if ep.body is not None:
                kwargs["body"] = validate(ep.body, read_json())
            if ep.query is not None:
                kwargs["query"] = validate(ep.query, _query_args(ep.query), strict=False)
            return _respond(ep, view(**kwargs))

        handler.endpoint = ep  # type: ignore[attr-defined]
        ENDPOINTS.setdefault(bp.name, []).append(ep)
        bp.add_url_rule(PARAM.sub(ID_RULE, path), view.__name__, handler, methods=[ep.method])
        return handler

    return deco


def _details(doc: str | None) -> str:
    """A view's docstring after its first line (the summary): the operation's description."""
    rest = inspect.cleandoc(doc or "").split("\n", 1)[1:]
    return rest[0].strip() if rest else ""


def _tag(roles: tuple[Role, ...] | None) -> str:
    if roles is None:
        return "public"
    if roles == TEACHERS:
        return "teachers"
    if roles == STUDENTS:
        return "students"
    return "everyone"


def _errors(
    errors: dict[int, Any] | tuple[int, ...],
    roles: tuple[Role, ...] | None,
    body: type[BaseModel] | None,
    path: str,
) -> dict[int, tuple[str, Any]]:
    auto = [401] if roles is not None else []
    auto += [403] if roles else []
    auto += [400, 413, 422] if body is not None else []
    auto += [404] if PARAM.search(path) else []
    out: dict[int, tuple[str, Any]] = {s: (ERRORS[s], Error) for s in auto}
    items = errors.items() if isinstance(errors, dict) else ((s, ERRORS[s]) for s in errors)
    for status, what in items:
        out[status] = what if isinstance(what, tuple) else (what, Error)
    return dict(sorted(out.items()))


# -- reading requests ---------------------------------------------------------------------------


def validate(model: type[BaseModel], data: Any, *, strict: bool | None = None) -> Any:
    """``data`` as ``model``, or a 422 naming the first field at fault.

    A query string is all text, so it is read leniently (``strict=False``: "5" is 5 there).
    """
    try:
        return model.model_validate(data, strict=strict)
    except ValidationError as exc:
        raise _invalid(exc.errors(include_url=False)[0]) from None


def _path_id(value: str) -> int:
    """A path id: ASCII digits for 1 … 2**31 - 1; anything else is not found."""
    if not (len(value) <= 10 and value.isascii() and value.isdigit()):
        raise ApiError(404)
    if not 1 <= int(value) <= MAX_ID:
        raise ApiError(404)
    return int(value)


def _query_args(model: type[BaseModel]) -> dict[str, Any]:
    """The query string as a dict: lists for list fields, the last value otherwise."""
    out: dict[str, Any] = {}
    for name in request.args:
        info = model.model_fields.get(name)
        many = info is not None and getattr(info.annotation, "__origin__", None) is list
        out[name] = request.args.getlist(name) if many else request.args.getlist(name)[-1]
    return out


def _invalid(error: dict[str, Any]) -> ApiError:
    loc = [str(p) for p in error["loc"] if not _is_union_tag(p)]
    name = loc[0] if loc else None
    where = "".join(f"[{p}]" if p.isdigit() else f".{p}" for p in loc).lstrip(".")
    message = _message(error)
    return ApiError(422, f"{where}: {message}" if where else message, field=name)


def _is_union_tag(part: Any) -> bool:
    # Pydantic names the member of a union it tried ("int", "list[...]"): not a field.
    return isinstance(part, str) and ("[" in part or part in {"int", "str", "function-after"})


def _message(error: dict[str, Any]) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "missing":
        return "this field is required"
    if kind == "extra_forbidden":
        return "unknown field (this call does not take it)"
    if kind == "string_pattern_mismatch":
        return PATTERN_MESSAGES.get(ctx.get("pattern", ""), "is not in the expected form")
    if kind == "string_too_long":
        return f"must be at most {ctx['max_length']} characters"
    if kind == "string_too_short":
        return "must not be empty" if ctx["min_length"] == 1 else error["msg"].lower()
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    msg = str(error["msg"])
    return msg[:1].lower() + msg[1:]


# -- writing answers ----------------------------------------------------------------------------


def _respond(ep: Endpoint, result: Any) -> Response:
    if isinstance(result, Response):
        return result
    status = next(iter(ep.responses))
    if isinstance(result, tuple):
        result, status = result
    if status not in ep.responses:
        raise RuntimeError(f"{ep.method} {ep.path} answered {status}, which it does not declare")
    adapter = ep.adapters.get(status)
    if adapter is None:
        return Response(status=status)
    value = adapter.validate_python(result, from_attributes=True)
    return Response(adapter.dump_json(value), status=status, mimetype="application/json")


# -- the OpenAPI document ------------------------------------------------------------------------


class _Schemas(GenerateJsonSchema):
    """Pydantic's JSON Schema 2020-12, without per-field titles or defaults a value cannot have."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def default_schema(self, schema: Any) -> dict[str, Any]:
        out = super().default_schema(schema)
        if "default" in out and out["default"] is None and not _allows_null(out):
            del out["default"]
        return out


def _allows_null(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or any(
        _allows_null(s) for s in schema.get("anyOf", []) + schema.get("oneOf", [])
    )


@cache
def document(blueprint: str = "api") -> dict[str, Any]:
    """The OpenAPI 3.1 document of every call registered on ``blueprint``."""
    endpoints = ENDPOINTS.get(blueprint, [])
    inputs: list[tuple[Any, Any, Any]] = []
    for n, ep in enumerate(endpoints):
        if ep.body is not None:
            inputs.append(((n, "body"), "validation", TypeAdapter(ep.body).core_schema))
        if ep.query is not None:
            inputs.append(((n, "query"), "validation", TypeAdapter(ep.query).core_schema))
        for status, adapter in ep.adapters.items():
            inputs.append(((n, status), "serialization", adapter.core_schema))
        for status, (_, model) in ep.errors.items():
            inputs.append(((n, -status), "serialization", TypeAdapter(model).core_schema))
    gen = _Schemas(ref_template="#/components/schemas/{model}")
    by_key, defs = gen.generate_definitions(inputs)
    schemas = {key: schema for (key, _mode), schema in by_key.items()}
    paths: dict[str, Any] = {}
    for n, ep in enumerate(endpoints):
        paths.setdefault(ep.path, {})[ep.method.lower()] = _operation(n, ep, schemas, defs)
    return {
        "openapi": "3.1.0",
        "info": {"title": "Fact or Claim API", "version": "1", "description": DESCRIPTION},
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": defs,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


DESCRIPTION = (
    'The JSON API of Fact or Claim. Errors: {"error": {"code", "message", "field"?}}. '
    "Bearer tokens expire after 30 days; list them with GET /tokens and revoke them with DELETE. "
    "Text anywhere in a body must be valid Unicode without NUL characters: a NUL or a lone "
    "surrogate escape (such as \\ud800 not followed by a low surrogate) answers 422 with the code "
    "invalid and the field, before any rule of the call is checked."
)


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _operation(n: int, ep: Endpoint, schemas: dict[Any, Any], defs: dict) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for status, shape in ep.responses.items():
        what = {"description": _describe(ep, status)}
        if isinstance(shape, Media):
            types = (shape.mimetype, *shape.also)
            what["content"] = {
                t: {"schema": {"type": "object" if t == "application/json" else "string"}}
                for t in types
            }
        elif shape is not None:
            what |= _json(schemas[(n, status)])
        responses[str(status)] = what
    for status, (what, _) in ep.errors.items():
        responses[str(status)] = {"description": what} | _json(schemas[(n, -status)])
    op: dict[str, Any] = {
        "operationId": ep.view.__name__,
        "summary": ep.summary,
        "tags": [ep.tag],
        "responses": responses,
    }
    params = [_id_param(name) for name in ep.params]
    if ep.query is not None:
        params += _query_params(_resolve(schemas[(n, "query")], defs), ep.query)
    if params:
        op["parameters"] = params
    if ep.body is not None:
        extra = ep.body.model_config.get("json_schema_extra") or {}
        required = "minProperties" in extra or any(
            f.is_required() for f in ep.body.model_fields.values()
        )
        op["requestBody"] = {"required": required} | _json(schemas[(n, "body")])
    if ep.roles is None:
        op["security"] = []
    if ep.description:
        op["description"] = ep.description
    return op


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    return defs[ref.rsplit("/", 1)[-1]] if ref else schema


def _describe(ep: Endpoint, status: int) -> str:
    return {200: "OK", 201: "Created", 204: "Done; no content"}.get(status, str(status))


def _id_param(name: str) -> dict[str, Any]:
    schema = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
    return {"name": name, "in": "path", "required": True, "schema": schema}


def _query_params(schema: dict[str, Any], model: type[BaseModel]) -> list[dict[str, Any]]:
    props = schema.get("properties", {})
    return [
        {"name": name, "in": "query", "required": info.is_required(), "schema": props[name]}
        for name, info in model.model_fields.items()
    ]
