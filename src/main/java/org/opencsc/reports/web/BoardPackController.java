package org.opencsc.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.opencsc.reports.BoardPack;
import org.opencsc.reports.BoardPacks;
import org.opencsc.security.Roles;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kept board packs ({@code /board-packs}) and their downloads, for every login: a pack holds
 * figures only. Making one by hand is for those who prepare the board's papers (director,
 * performance analyst, administrator). The HTML copy is a download, not a page of the site: it
 * carries its own styles, which the site's Content-Security-Policy would refuse.
 */
@Controller
class BoardPackController {

  private static final String MAKERS =
      "hasAnyRole('"
          + Roles.DIRECTOR
          + "', '"
          + Roles.PERFORMANCE_ANALYST
          + "', '"
          + Roles.ADMINISTRATOR
          + "')";

  private final BoardPacks packs;

  BoardPackController(BoardPacks packs) {
    this.packs = packs;
  }

  @GetMapping("/board-packs")
  String archive(Model model) {
    model.addAttribute("packs", packs.archive());
    return "reports/board-packs";
  }

  @PostMapping("/board-packs")
  @PreAuthorize(MAKERS)
  String generate(Authentication user, RedirectAttributes redirect) {
    Optional<BoardPack> made = packs.generate(user.getName());
    if (made.isEmpty()) {
      redirect.addFlashAttribute("noSnapshot", true);
    } else {
      redirect.addFlashAttribute("made", made.get());
    }
    return "redirect:/board-packs";
  }

  @GetMapping("/board-packs/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    BoardPack pack = find(id);
    byte[] pdf = packs.pdf(id).orElseThrow(() -> notFound(id));
    return download(MediaType.APPLICATION_PDF, pack.fileName() + ".pdf", pdf);
  }

  @GetMapping("/board-packs/{id}/html")
  ResponseEntity<byte[]> html(@PathVariable long id) {
    BoardPack pack = find(id);
    String html = packs.html(id).orElseThrow(() -> notFound(id));
    return download(
        new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
        pack.fileName() + ".html",
        html.getBytes(StandardCharsets.UTF_8));
  }

  private BoardPack find(long id) {
    return packs.pack(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("board pack " + id);
  }

  private static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
