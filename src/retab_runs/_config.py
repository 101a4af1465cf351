"""Checks on what a client is built with: the base URL and the credentials.

Each refusal is a ConfigurationError raised before any request, and never quotes a secret.
"""

from __future__ import annotations

import ipaddress
import re
import warnings
from urllib.parse import urlsplit

from ._exceptions import ConfigurationError

__all__ = ["check_base_url", "check_header", "check_secret"]

_warned_hosts: set[str] = set()
_warned_versions: set[str] = set()
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
"""An HTTP header name (RFC 9110 token)."""
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}")
_FRAMING = frozenset({"content-length", "transfer-encoding"})
"""Headers that say how the request body is framed: the client sets them, or h11 fails mid-request."""


def check_secret(value: str, what: str) -> None:
    """Refuse a key or token that an HTTP header or query cannot carry as typed (not quoting it)."""
    for position, char in enumerate(value, 1):
        code = ord(char)
        if char in "\r\n":
            problem = "a line break (CR or LF)"
        elif code == 0:
            problem = "a NUL character"
        elif code < 32 or code == 127:
            problem = f"a control character (U+{code:04X})"
        elif code > 126:
            problem = "a non-ASCII character"
        else:
            continue
        raise ConfigurationError(
            f"{what} contains {problem} at position {position}: keys and tokens are printable ASCII; "
            "check how it was copied (the value is not shown)"
        )


def check_header(name: object, value: object, where: str) -> None:
    """Refuse a header (``where`` is ``extra_headers`` or ``default_headers``) that cannot be sent as given.

    Neither the name nor the value is quoted: either may hold a secret (``Authorization``,
    or a value pasted into the name).
    """
    if not isinstance(name, str) or not isinstance(value, str):
        raise ConfigurationError(
            f"{where} must map strings to strings, not {type(name).__name__} to {type(value).__name__}"
        )
    if not _TOKEN.fullmatch(name):
        raise ConfigurationError(
            f"{where} has a name that is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only; "
            "the name is not shown)"
        )
    if name.lower() in _FRAMING:
        raise ConfigurationError(f"{where} may not set {name}: the client frames the request itself")
    check_secret(value, f"{where}[{name!r}]")


def check_base_url(url: str) -> str:
    """``url`` without its trailing slash, once it is an http(s) URL with a host and nothing that leaks or mangles.

    Refused: no scheme, a user name or password (it would show in errors and logs), a
    query or fragment (the path would be mangled). A trailing ``/v1`` is dropped with a
    warning (once per URL): every operation's path starts with it. A plain ``http://`` URL to a host that
    is not loopback sends the key in clear: that warns, once per host.
    """
    scheme, separator, rest = url.partition("://")
    authority = (rest if separator else url).split("/", 1)[0]
    if "@" in authority:
        raise ConfigurationError(
            "base_url must not contain a user name or password (scheme://user:password@host): "
            "pass the key as api_key= or RETAB_API_KEY"
        )
    # The URL is quoted only once it is known to hold no query, fragment or password, and
    # not at all when it is not a URL: a key passed where the base URL goes must not show.
    if scheme not in ("https", "http") or not rest:
        shown = f"it starts with {scheme + '://'!r}" if separator and _SCHEME.fullmatch(scheme) else "it is not a URL"
        raise ConfigurationError(f"base_url must start with https:// or http:// ({shown}; the value is not shown)")
    if "?" in url or "#" in url:
        raise ConfigurationError(
            f"base_url must not have a query (?...) or a fragment (#...): keep {_before_query(url)!r} only"
        )
    try:
        host = urlsplit(url).hostname
    except ValueError as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc} (the value is not shown)") from None
    if not host:
        raise ConfigurationError("base_url has no host (the value is not shown)")
    if scheme == "http" and not _is_loopback(host) and host not in _warned_hosts:
        _warned_hosts.add(host)
        warnings.warn(
            f"base_url uses plain http:// to {host}, which is not this machine: the API key travels in clear; "
            "use https://",
            UserWarning,
            stacklevel=4,
        )
    url = url.rstrip("/")
    if url.lower().endswith("/v1"):
        # The vendor's older SDKs took a base URL ending in /v1; the operations' paths start with it.
        url = url[: -len("/v1")]
        if url not in _warned_versions:
            _warned_versions.add(url)
            warnings.warn(
                f"base_url ends in /v1, which every path already starts with: using {url!r} "
                "(as the vendor's SDK does); drop the /v1 to silence this warning",
                UserWarning,
                stacklevel=4,
            )
    return url


def _before_query(url: str) -> str:
    return url.split("?", 1)[0].split("#", 1)[0]


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
