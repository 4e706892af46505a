#!/usr/bin/env python3
"""bcheck.py SESSION_OUT_DIR(bNNNN) UNZ : compare each benign file with what was exported"""
import sys,os,json,base64,zipfile,io,difflib,subprocess
b,unz=sys.argv[1],sys.argv[2]
chosen=json.load(open(b+'/benign.json')); m=json.load(open(unz+'/_session_manifest.json'))
got={}
for g,e in m['files'].items():
    fp=os.path.join(unz,g)
    if os.path.exists(fp):
        d=open(fp,'rb').read()
        if e.get('encoding')=='base64': d=base64.b64decode(d)
        got[e['path']]=d
if m.get('archive'):
    z=zipfile.ZipFile(io.BytesIO(base64.b64decode(b''.join(open(os.path.join(unz,p),'rb').read() for p in m['archive']['parts']))))
    for n in z.namelist(): got[n]=z.read(n)
left={e['path']:e['reason'] for e in m.get('left_out',[]) if isinstance(e,dict)}
def parses(path,data):
    ext=path.rsplit('.',1)[-1].lower()
    try:
        t=data.decode()
        if ext in('json','ipynb','map'): json.loads(t); return True
        if ext in('yml','yaml'):
            import yaml; list(yaml.safe_load_all(t)); return True
        if ext in('js','cjs','mjs'):
            r=subprocess.run(['node','--check','/dev/stdin'],input=data,capture_output=True); 
            if r.returncode!=0:
                r=subprocess.run(['node','--input-type=module','--check'],input=data,capture_output=True)
            return r.returncode==0
    except Exception as ex: return False
    return None
changed=0;broken=0;missing=0
for c in chosen:
    rel=c['dst'].split('log_',1)[1].split('/',1)[1]
    orig=open(os.path.join(b,c['dst']),'rb').read()
    if rel not in got:
        missing+=1; print('NOT EXPORTED',rel,left.get(rel,'?')); continue
    new=got[rel]
    if new!=orig:
        changed+=1
        p0=parses(rel,orig); p1=parses(rel,new)
        if p0 and p1 is False: broken+=1
        ol=orig.decode('utf-8','replace').splitlines(); nl=new.decode('utf-8','replace').splitlines()
        diffs=[(a,bb) for a,bb in zip(ol,nl) if a!=bb][:3]
        print(f'CHANGED {rel} (src {c["src"]}) parse before={p0} after={p1}')
        for a,bb in diffs:
            # show just the changed span
            sm=difflib.SequenceMatcher(None,a,bb)
            for op,i1,i2,j1,j2 in sm.get_opcodes():
                if op!='equal': print('    -',repr(a[max(0,i1-40):i2+20][:200])); print('    +',repr(bb[max(0,j1-40):j2+20][:200])); break
print(f'BENIGN {len(chosen)} files: {changed} changed, {broken} broken (parsed before, not after), {missing} not exported')
