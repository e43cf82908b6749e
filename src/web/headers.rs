//! The security headers every page carries: one list, used by the middleware and by error
//! pages (which can leave by a path that skips the middleware).

/// Where the browser may load things from. No inline script or style anywhere; frames only
/// from the two privacy-enhanced video players the panel pages embed.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; \
     frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://drive.google.com; frame-ancestors 'none'; \
     form-action 'self'; base-uri 'none'; object-src 'none'";

/// Headers every response carries unless a handler set its own. Error pages set them too
/// (see `views::errors`), because an error can skip the middleware on its way out.
pub const SECURITY_HEADERS: [(&str, &str); 7] = [
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    // Embedded players need to know which site embeds them; nothing more leaves.
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    // Browsers ignore this over plain http, so it is safe to send always.
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
];
