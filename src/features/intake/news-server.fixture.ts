import http from "node:http";
import { type AddressInfo } from "node:net";
import zlib from "node:zlib";
import { newsPageHtml } from "./news-page.fixture";

/**
 * A local web server (127.0.0.1, random port) for the fetch integration tests:
 * real sockets, real redirects, slow and huge answers — and no internet.
 */

export type NewsServer = {
  port: number;
  origin: string;
  /** Paths requested so far, to prove that refused URLs never reached the server. */
  hits: string[];
  close: () => Promise<void>;
};

const HTML = "text/html; charset=utf-8";

// "Hello, we want" in Persian, in windows-1256 as older Persian sites serve it:
// 0x9D is ZWNJ, and the code page only has the Arabic yeh (U+064A).
const PERSIAN_1256 = Buffer.from([0xd3, 0xe1, 0xc7, 0xe3, 0xa1, 0x20, 0xe3, 0xed, 0x9d, 0xce, 0xe6, 0xc7, 0xe5, 0xed, 0xe3]);
export const PERSIAN_TEXT = "سلام، \u0645\u064A\u200C\u062E\u0648\u0627\u0647\u064A\u0645";

export async function startNewsServer(): Promise<NewsServer> {
  const hits: string[] = [];
  let origin = "";

  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    hits.push(path);
    const send = (status: number, type: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    const redirect = (location: string, status = 302) => {
      res.writeHead(status, { location });
      res.end();
    };

    switch (path) {
      case "/article":
        return send(200, HTML, newsPageHtml());
      case "/article-gzip":
        return send(200, HTML, zlib.gzipSync(newsPageHtml()), { "content-encoding": "gzip" });
      case "/persian":
        // No charset in the header: the decoder must find it in <meta>.
        return send(200, "text/html", Buffer.concat([
          Buffer.from('<html lang="fa"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><article><p>'),
          PERSIAN_1256,
          Buffer.from("</p></article></body></html>"),
        ]));
      case "/plain":
        return send(200, "text/plain; charset=utf-8", "First paragraph.\r\n\r\n\r\nSecond  paragraph.");
      case "/empty":
        return send(200, HTML, "<html><body><img src=x></body></html>");
      case "/echo-host":
        return send(200, "text/plain", `host=${req.headers.host ?? ""}`);
      case "/redirect-local":
        return redirect(`${origin}/article`);
      case "/redirect-relative":
        return redirect("/redirect-local", 301);
      case "/redirect-metadata":
        return redirect("http://169.254.169.254/latest/meta-data");
      case "/redirect-private-name":
        return redirect("http://evil.test/admin", 307);
      case "/redirect-file":
        return redirect("file:///etc/passwd");
      case "/redirect-loop":
        return redirect("/redirect-loop");
      case "/slow":
        return; // never answers
      case "/slow-body":
        res.writeHead(200, { "content-type": HTML });
        res.write("<html><body><p>The beginning of a page that never ends");
        return;
      case "/huge":
        res.writeHead(200, { "content-type": HTML });
        for (let i = 0; i < 200; i++) res.write(`<p>${"Paragraph of a very long page. ".repeat(30)}</p>`);
        return res.end();
      case "/huge-declared":
        res.writeHead(200, { "content-type": HTML, "content-length": String(50_000_000) });
        return res.end("<p>short</p>");
      case "/gzip-bomb":
        return send(200, HTML, zlib.gzipSync(Buffer.alloc(20_000_000, 0x20)), { "content-encoding": "gzip" });
      case "/missing":
        return send(404, HTML, "<h1>Not found</h1>");
      case "/server-error":
        return send(503, HTML, "<h1>Down</h1>");
      case "/image":
        return send(200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
      case "/pdf":
        return send(200, "application/pdf", "%PDF-1.7");
      default:
        return send(404, HTML, "<h1>Not found</h1>");
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // the slow endpoints keep sockets open
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
