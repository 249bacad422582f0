// msgpackr treats a failing require of its optional extractor as 'not installed' and decodes in JS.
throw new Error('msgpackr-extract is disabled in this build');
