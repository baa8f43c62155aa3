package org.opencsc.web.internal;

import org.opencsc.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every exception a controller lets go as a GOV.UK error page: "Page not found" (404), "You
 * do not have access" (403), "There is a problem with your request" (400 and other 4xx) or "Sorry,
 * there is a problem with the service" (500 and any other status). The page never shows the
 * exception; a 500 is logged with its stack trace.
 */
@ControllerAdvice
class ErrorPages {

  private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound() {
    return page(HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView accessDenied() {
    return page(HttpStatus.FORBIDDEN);
  }

  /** A query parameter or path segment of the wrong type ({@code ?page=abc}): a bad request. */
  @ExceptionHandler(TypeMismatchException.class)
  ModelAndView badRequest() {
    return page(HttpStatus.BAD_REQUEST);
  }

  @ExceptionHandler(Exception.class)
  ModelAndView other(Exception e) {
    HttpStatusCode status =
        e instanceof ErrorResponse response
            ? response.getStatusCode()
            : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status.is5xxServerError()) {
      log.error("Request failed", e);
    }
    return page(status);
  }

  private static ModelAndView page(HttpStatusCode status) {
    String view =
        switch (status.value()) {
          case 404 -> "error/404";
          case 403 -> "error/403";
          default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
        };
    ModelAndView page = new ModelAndView(view, status);
    page.addObject("status", status.value());
    return page;
  }
}
